import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { ARTIFACTS, VIEWPORTS, eventually, openSignedIn, screenshot } from '../support/browser';
import { gql } from '../support/graphql-client';

/**
 * The manager's desk in Chromium: manager1 (North) keeps the Team page open while rep2 claims from
 * the pool and rep3 is assigned customers elsewhere; the numbers move without a reload. Then a
 * number's drill-down, and the pool analytics with a range change. Screenshots at 1366 and 390 px.
 */
describe('the manager’s desk, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  it('keeps manager1’s Team page current as rep2 claims and rep3 is assigned customers, and opens a number’s customers', async () => {
    const rep2 = await userId(t, 'rep2@berth.dev');
    const rep3 = await userId(t, 'rep3@berth.dev');
    const manager = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await manager.goto(`${t.url}/team`);
    await manager.getByTestId('team-table').waitFor();
    await eventually(() => manager.getByTestId('team-row').count()).toBeGreaterThan(1);
    const names = await manager.getByTestId('team-rep-name').allTextContents();
    expect(names).toContain('Emma Novak');
    expect(names).toContain('张敏');
    // North only: South's reps never show on manager1's desk.
    expect(names).not.toContain('陈静');
    await screenshot(manager, 'managers-desk-team-laptop');
    // At 1366 px every column fits beside the navigation: no sideways scrolling.
    expect(await manager.getByTestId('team-table').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

    const before2 = await figures(manager, rep2);
    const before3 = await figures(manager, rep3);

    // rep2 claims one pool customer over the API, as from another window.
    const rep2Token = await login(t, 'rep2@berth.dev');
    const claimed = await claimOne(t, rep2Token);
    expect(claimed).not.toBeNull();
    const claimedAt = Date.now();
    await eventually(() => figures(manager, rep2)).toEqual({ ...before2, holdings: before2.holdings + 1, claimsToday: before2.claimsToday + 1 });
    // Said, not asserted (timings are not asserted on this shared machine): how long the desk took.
    console.info(`Team page showed rep2's claim ${Date.now() - claimedAt} ms after it was made`);

    // manager1 assigns two pool customers to rep3 (another session of theirs).
    const managerToken = await login(t, 'manager1@berth.dev');
    const assigned = await assignTo(t, managerToken, rep3, 2);
    expect(assigned).toBe(2);
    const assignedAt = Date.now();
    await eventually(async () => (await figures(manager, rep3)).holdings).toBe(before3.holdings + 2);
    console.info(`Team page showed rep3's assignment ${Date.now() - assignedAt} ms after it was made`);
    expect((await figures(manager, rep3)).claimsToday).toBe(before3.claimsToday);
    // The totals moved with the rows.
    await eventually(() => totalOf(manager, 'HOLDINGS')).toBeGreaterThanOrEqual(before2.holdings + before3.holdings + 3);

    // Every number opens exactly its customers.
    const holdings = await figures(manager, rep2);
    await figureLink(manager, rep2, 'HOLDINGS').click();
    await manager.waitForURL(new RegExp(`/customers\\?figure=HOLDINGS&rep=${rep2}$`));
    await eventually(() => manager.getByTestId('team-figure-chip').textContent()).toBe('Holdings · Emma Novak');
    await eventually(async () => Number(await manager.getByTestId('customers-grid').getAttribute('data-total'))).toBe(holdings.holdings);
    await screenshot(manager, 'managers-desk-drill-down-laptop');
    await manager.goBack();
    await manager.getByTestId('team-table').waitFor();

    // On a phone: one card per rep.
    const phone = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await phone.goto(`${t.url}/team`);
    await phone.getByTestId('team-cards').waitFor();
    await eventually(async () => (await figures(phone, rep2)).holdings).toBe(holdings.holdings);
    await screenshot(phone, 'managers-desk-team-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  });

  it('shows the admin everyone, then one department, whose total opens exactly its customers', async () => {
    const admin = await openSignedIn(browser, t.url, 'admin@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await admin.goto(`${t.url}/team`);
    await admin.getByTestId('team-table').waitFor();
    // Everyone by default: North's and South's reps side by side.
    await eventually(() => admin.getByTestId('team-rep-name').allTextContents()).toEqual(expect.arrayContaining(['Emma Novak', '陈静']));
    await screenshot(admin, 'managers-desk-admin-everyone-laptop');

    const [north] = await t.dataSource.query(`SELECT id FROM departments WHERE name = 'North team'`);
    await chooseOption(admin, 'Department', 'North team');
    await eventually(() => admin.getByTestId('team-load').getAttribute('data-department-id')).toBe(String(north.id));
    const names = await admin.getByTestId('team-rep-name').allTextContents();
    expect(names).toContain('Emma Novak');
    expect(names).not.toContain('陈静');
    const holdings = await totalOf(admin, 'HOLDINGS');
    expect(holdings).toBeGreaterThan(0);
    await screenshot(admin, 'managers-desk-admin-north-laptop');

    await admin.locator('[data-testid="team-total"][data-figure="HOLDINGS"] [data-testid="team-total-figure"]').click();
    await admin.waitForURL(new RegExp(`/customers\\?figure=HOLDINGS&department=${north.id}$`));
    await eventually(async () => Number(await admin.getByTestId('customers-grid').getAttribute('data-total'))).toBe(holdings);
    await screenshot(admin, 'managers-desk-admin-north-drill-down-laptop');
  });

  it('shows manager1 the pool analytics and reads them again for another range', async () => {
    const manager = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await manager.getByRole('link', { name: 'Pool analytics' }).click();
    await manager.waitForURL(/\/analytics$/);
    const analytics = manager.getByTestId('pool-analytics');
    await analytics.waitFor();
    expect(Number(await analytics.getAttribute('data-buckets'))).toBeGreaterThanOrEqual(30);
    const thirtyFrom = await analytics.getAttribute('data-from');
    await manager.getByTestId('chart-flows').locator('svg').first().waitFor();
    await screenView(manager, 'managers-desk-analytics-laptop', true);

    await chooseOption(manager, 'Range', 'Last 90 days');
    await chooseOption(manager, 'Per', 'Week');
    await eventually(() => analytics.getAttribute('data-bucket')).toBe('WEEK');
    await eventually(async () => (await analytics.getAttribute('data-from'))! < thirtyFrom!).toBe(true);
    expect(Number(await analytics.getAttribute('data-buckets'))).toBeLessThanOrEqual(15);
    await screenView(manager, 'managers-desk-analytics-90-days-laptop', true);

    // An end before its start: refused by the server, said at the field.
    await chooseOption(manager, 'Range', 'Custom');
    await manager.getByTestId('analytics-from').fill('2026-11-30');
    await manager.getByTestId('analytics-to').fill('2026-11-01');
    await eventually(() => manager.getByRole('alert').filter({ hasText: 'Some fields need attention.' }).count()).toBe(1);
    await screenView(manager, 'managers-desk-analytics-bad-range-laptop', false);

    const phone = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await phone.goto(`${t.url}/analytics`);
    await phone.getByTestId('pool-analytics').waitFor();
    await phone.getByTestId('chart-flows').locator('svg').first().waitFor();
    await screenView(phone, 'managers-desk-analytics-phone', true);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  });
});

async function userId(t: TestServer, email: string): Promise<string> {
  const [row] = await t.dataSource.query('SELECT id FROM users WHERE email = $1', [email]);
  return String(row.id);
}

async function login(t: TestServer, email: string): Promise<string> {
  const res = await gql(t.graphqlUrl, 'mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }', {
    email,
    password: DEMO_PASSWORD,
  });
  return res.data.login.token;
}

async function poolIds(t: TestServer, token: string, first: number): Promise<string[]> {
  const res = await gql(t.graphqlUrl, 'query($first: Int!) { poolCustomers(first: $first) { edges { node { id } } } }', { first }, { token });
  expect(res.errors).toBeUndefined();
  return res.data.poolCustomers.edges.map((e: { node: { id: string } }) => e.node.id);
}

/** Claims the first pool customer rep2 may take (a cooldown may refuse some); its id. */
async function claimOne(t: TestServer, token: string): Promise<string | null> {
  for (const id of await poolIds(t, token, 20)) {
    const res = await gql(t.graphqlUrl, 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { customerId ok code } }', { ids: [id] }, { token });
    expect(res.errors).toBeUndefined();
    if (res.data.claimCustomers[0].ok) return id;
  }
  return null;
}

async function assignTo(t: TestServer, token: string, repId: string, count: number): Promise<number> {
  const ids = (await poolIds(t, token, 10)).slice(-count);
  const res = await gql(
    t.graphqlUrl,
    'mutation($input: AssignCustomersInput!) { assignCustomers(input: $input) { ok code } }',
    { input: { customerIds: ids, toUserIds: [repId] } },
    { token },
  );
  expect(res.errors).toBeUndefined();
  return res.data.assignCustomers.filter((r: { ok: boolean }) => r.ok).length;
}

const row = (page: Page, repId: string) => page.locator(`[data-testid="team-row"][data-rep-id="${repId}"]`);
const figureLink = (page: Page, repId: string, figure: string) => row(page, repId).locator(`[data-testid="team-figure"][data-figure="${figure}"]`);

async function figures(page: Page, repId: string) {
  const read = async (figure: string) => Number(await figureLink(page, repId, figure).getAttribute('data-value'));
  return { holdings: await read('HOLDINGS'), claimsToday: await read('CLAIMED_TODAY') };
}

async function totalOf(page: Page, figure: string): Promise<number> {
  return Number(await page.locator(`[data-testid="team-total"][data-figure="${figure}"] [data-testid="team-total-figure"]`).getAttribute('data-value'));
}

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.locator('.MuiPopover-root').waitFor({ state: 'detached' });
}

/**
 * Charts skip their animation; waiting for every finite animation to end lets the select's menu
 * fade out before the capture (spinners and the live indicator's pulse never end).
 */
async function screenView(page: Page, name: string, fullPage: boolean) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}
