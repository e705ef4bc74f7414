import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { ARTIFACTS, VIEWPORTS, eventually, openSignedIn, screenshot } from '../support/browser';
import { gql } from '../support/graphql-client';

const RETURN_NOTE = 'Buys only through their parent company in Hamburg';

/** A manager filters the pool, reads a customer's past, and assigns a selection round-robin, in Chromium. */
describe('assigning pool customers, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  it('lets manager1 filter returned customers, open one’s history, and assign two round-robin; they leave every pool live', async () => {
    const manager = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await manager.goto(`${t.url}/pool`);
    await eventually(async () => total(manager)).toBeGreaterThan(0);
    const everything = await total(manager);
    await chooseEntryKind(manager, 'Returned');
    await eventually(async () => total(manager)).toBeLessThan(everything);
    await eventually(async () => manager.getByTestId('pool-entry').evaluateAll((els) => els.every((e) => e.getAttribute('data-kind') === 'RETURNED'))).toBe(true);
    const before = await total(manager);

    // Another manager watches the same filter on a phone.
    const phone = await openSignedIn(browser, t.url, 'manager2@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await phone.goto(`${t.url}/pool`);
    await eventually(async () => total(phone)).toBeGreaterThan(0);
    await phone.getByTestId('pool-filters-button').click();
    await chooseEntryKind(phone, 'Returned');
    await screenView(phone, 'pool-assign-filters-phone');
    await phone.getByTestId('pool-filters-done').click();
    await eventually(async () => total(phone)).toBe(before);

    // rep3 gives three customers back, one with a follow-up on record: both pools show them arrive.
    const returned = await rep3Returns(t, 3);
    await eventually(async () => total(manager)).toBe(before + 3);
    await eventually(async () => total(phone)).toBe(before + 3);
    // Newest arrivals first: rep3's three lead the list.
    const firstIds = () => manager.getByTestId('pool-card').evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-customer-id')));
    await eventually(async () => (await firstIds()).sort()).toEqual([...returned].sort());

    // The history of the one with a follow-up, before deciding.
    const withFollowUp = manager.locator(`[data-testid="pool-card"][data-customer-id="${returned[0]}"]`);
    await withFollowUp.getByTestId('pool-history-button').click();
    const history = manager.getByTestId('pool-history-dialog');
    await eventually(() => history.getByTestId('pool-history-entry').first().getAttribute('data-kind')).toBe('RETURNED');
    await expect.poll(() => history.getByTestId('pool-history-entry').first().textContent()).toContain(RETURN_NOTE);
    await expect.poll(() => history.getByTestId('pool-history-entry').first().textContent()).toContain('Held by 张敏 · North team');
    await expect.poll(() => history.getByTestId('follow-up-item').first().textContent()).toContain('Called the buyer');
    await screenView(manager, 'pool-history-laptop');
    await manager.getByRole('button', { name: 'Close' }).click();
    await history.waitFor({ state: 'detached' });

    // Two selected, round-robin to 李伟 then Emma Novak.
    const cards = manager.getByTestId('pool-card');
    const chosen = [await cards.nth(0).getAttribute('data-customer-id'), await cards.nth(1).getAttribute('data-customer-id')];
    await cards.nth(0).getByTestId('pool-select').check();
    await cards.nth(1).getByTestId('pool-select').check();
    await manager.getByTestId('assign-selected').click();
    await chooseRep(manager, '李伟');
    await chooseRep(manager, 'Emma Novak');
    await expect.poll(() => manager.getByTestId('assign-strategy-ROUND_ROBIN').locator('input').isChecked()).toBe(true);
    await screenView(manager, 'pool-assign-dialog-laptop');
    await manager.getByTestId('assign-submit').click();

    const results = manager.getByTestId('assign-result');
    await eventually(() => results.count()).toBe(2);
    expect(await results.evaluateAll((els) => els.map((e) => e.getAttribute('data-ok')))).toEqual(['true', 'true']);
    const texts = await manager.getByTestId('assign-result-text').allTextContents();
    expect(texts.sort()).toEqual(['Assigned to Emma Novak', 'Assigned to 李伟']);
    await screenView(manager, 'pool-assign-results-laptop');
    await manager.getByTestId('assign-done').click();

    await eventually(async () => total(manager)).toBe(before + 1);
    await eventually(async () => total(phone)).toBe(before + 1);
    await screenshot(manager, 'pool-after-assign-laptop');
    await screenView(phone, 'pool-after-assign-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);

    const owners: { id: number; email: string }[] = await t.dataSource.query(
      'SELECT c.id, u.email FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id WHERE c.id = ANY($1) ORDER BY c.id',
      [chosen.map(Number)],
    );
    expect(owners.map((o) => o.email).sort()).toEqual(['rep1@berth.dev', 'rep2@berth.dev']);
    expect(chosen.every((id) => returned.includes(id!))).toBe(true);

    // On a phone the history and the assign dialog take the whole screen.
    await phone.getByTestId('pool-card').first().getByTestId('pool-history-button').click();
    await phone.getByTestId('pool-history-entry').first().waitFor();
    await screenView(phone, 'pool-history-phone');
    await phone.getByRole('button', { name: 'Close' }).click();
    await phone.getByTestId('assign-matching').click();
    await chooseRep(phone, '陈静');
    await chooseRep(phone, 'Sofia Rossi');
    await screenView(phone, 'pool-assign-dialog-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  });
});

/** What is on screen, for dialogs and sheets (a full-page capture stretches the page under their backdrop), once their fade and button transitions end. */
async function screenView(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

const total = async (page: Page) => Number(await page.getByTestId('pool-list').getAttribute('data-total'));

async function chooseEntryKind(page: Page, label: string) {
  await page.getByRole('combobox', { name: /How it entered/ }).click();
  await page.getByRole('option', { name: label }).click();
  await page.keyboard.press('Escape');
  await page.locator('.MuiPopover-root').waitFor({ state: 'detached' });
}

async function chooseRep(page: Page, name: string) {
  await page.getByTestId('assign-reps').click();
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

/** rep3 (张敏) returns `count` of their customers, the first after logging a call; ids in that order. */
async function rep3Returns(t: TestServer, count: number): Promise<string[]> {
  const login = await gql(t.graphqlUrl, 'mutation { login(input: { email: "rep3@berth.dev", password: "berth-demo" }) { token } }');
  const token = login.data.login.token;
  const reasons = (await gql(t.graphqlUrl, '{ returnReasons { code noteRequired } }', {}, { token })).data.returnReasons;
  const code = reasons.find((r: { code: string }) => r.code === 'OTHER')?.code ?? reasons[0].code;
  const owned: { id: number }[] = await t.dataSource.query(
    `SELECT c.id FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id WHERE u.email = 'rep3@berth.dev' ORDER BY c.id LIMIT $1`,
    [count],
  );
  const ids = owned.map((o) => String(o.id));
  const logged = await gql(
    t.graphqlUrl,
    'mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { followUp { id } } }',
    { input: { customerId: ids[0], type: 'CALL', content: 'Called the buyer: no budget until their parent company signs off.' } },
    { token },
  );
  expect(logged.errors).toBeUndefined();
  for (const id of ids) {
    const res = await gql(
      t.graphqlUrl,
      'mutation($id: ID!, $code: String!, $note: String) { returnCustomer(customerId: $id, reasonCode: $code, note: $note) }',
      { id, code, note: RETURN_NOTE },
      { token },
    );
    expect(res.errors).toBeUndefined();
    // Spaced out: a page whose subscription came up late still hears a later one.
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return ids;
}
