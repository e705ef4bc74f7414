import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { startDroppingProxy, type DroppingProxy } from '../support/dropping-proxy';
import { ARTIFACTS, VIEWPORTS, eventually, openSignedIn, screenshot } from '../support/browser';
import { gql } from '../support/graphql-client';

/**
 * Live events are at most once: what the server sends while a socket is down is lost. A rep's
 * dashboard, opened through a proxy that can cut the network, must catch up by itself when the
 * socket comes back, and say so; a session that ends is a sign-out, not a reconnect.
 */
describe('live pages across a dropped connection, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  let proxy: DroppingProxy;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));
  beforeAll(async () => {
    proxy = await startDroppingProxy(t.server.port);
  });
  afterAll(() => proxy?.close());

  const openRep = (viewport: (typeof VIEWPORTS)[keyof typeof VIEWPORTS]) => openSignedIn(browser, proxy.url, 'rep1@berth.dev', DEMO_PASSWORD, viewport);
  const indicator = (page: Page) => page.getByTestId('connection-indicator');
  const total = async (page: Page) => Number(await page.getByTestId('customers-grid').getAttribute('data-total'));

  it("brings the rep's list up to date after the socket comes back, and says it reconnected", async () => {
    const laptop = await openRep(VIEWPORTS.laptop);
    const phone = await openRep(VIEWPORTS.phone);
    await eventually(() => total(laptop)).toBeGreaterThan(0);
    const before = await total(laptop);
    await eventually(() => total(phone)).toBe(before);

    proxy.drop();
    for (const page of [laptop, phone]) await eventually(() => indicator(page).getAttribute('data-state')).not.toBe('connected');

    // While rep1 is cut off, their manager hands them a pool customer: the live event is lost.
    const assigned = await managerAssignsToRep1(t);
    expect(await total(laptop)).toBe(before);
    await eventually(() => indicator(laptop).getAttribute('data-state')).toMatch(/^(offline|reconnecting)$/);
    await screenshot(laptop, 'live-reconnect-down-laptop');
    await screenView(phone, 'live-reconnect-down-phone');

    proxy.restore();
    // Each page reconnects on its own backoff; the news shows for seconds, so both are watched at once.
    const caughtUp = async (page: Page, name: 'laptop' | 'phone') => {
      await eventually(() => indicator(page).getAttribute('data-catch-up')).toBe('done');
      await eventually(() => total(page)).toBe(before + 1);
      await page.getByTestId('customers-grid').getByText(assigned, { exact: true }).first().waitFor();
      // Said in words for a few seconds, then plain "Live" again.
      expect(await indicator(page).getAttribute('aria-label')).toBe('Connection: Reconnected · up to date');
      expect(await indicator(page).textContent()).toBe(name === 'phone' ? 'Up to date' : 'Reconnected · up to date');
      await (name === 'phone' ? screenView : screenshot)(page, `live-reconnect-caught-up-${name}`);
    };
    await Promise.all([caughtUp(laptop, 'laptop'), caughtUp(phone, 'phone')]);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await eventually(() => indicator(laptop).textContent()).toBe('Live');
    await laptop.context().close();
    await phone.context().close();
  });

  it('signs the tab out when its session ends elsewhere (the server closes the socket with 4401)', async () => {
    const page = await openRep(VIEWPORTS.laptop);
    await logOutElsewhere(t, page);
    await page.waitForURL(/\/login$/);
    await page.getByTestId('snackbar').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('berth_token'))).toBeNull();
    await screenshot(page, 'live-session-ended-laptop');
    await page.context().close();
  });

  it('signs the tab out when its session ended while the connection was down (the socket is refused)', async () => {
    const page = await openRep(VIEWPORTS.phone);
    proxy.drop();
    await eventually(() => indicator(page).getAttribute('data-state')).not.toBe('connected');
    await logOutElsewhere(t, page);
    proxy.restore();
    await page.waitForURL(/\/login$/, { timeout: 20_000 });
    await page.getByTestId('snackbar').waitFor();
    await screenshot(page, 'live-session-ended-while-down-phone');
    await page.context().close();
  });
});

/** What is on screen: on a phone the app bar is lost at the top of a long full-page capture. */
async function screenView(page: Page, name: string) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** manager1 assigns rep1 the first pool customer they see, straight at the server; its name. */
async function managerAssignsToRep1(t: TestServer): Promise<string> {
  const login = await gql(t.graphqlUrl, 'mutation { login(input: { email: "manager1@berth.dev", password: "berth-demo" }) { token } }');
  const token = login.data.login.token;
  const pool = await gql(t.graphqlUrl, '{ poolCustomers(first: 1) { edges { node { id companyName } } } }', {}, { token });
  const customer = pool.data.poolCustomers.edges[0].node;
  const [rep1] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'rep1@berth.dev'`);
  const res = await gql(
    t.graphqlUrl,
    'mutation($input: AssignCustomersInput!) { assignCustomers(input: $input) { ok code message } }',
    { input: { customerIds: [customer.id], toUserIds: [String(rep1.id)] } },
    { token },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data.assignCustomers).toEqual([expect.objectContaining({ ok: true })]);
  return customer.companyName;
}

/** The tab's session is signed out from somewhere else (another device, an admin): same token, straight at the server. */
async function logOutElsewhere(t: TestServer, page: Page) {
  const token = await page.evaluate(() => localStorage.getItem('berth_token'));
  expect(token).toBeTruthy();
  const res = await gql(t.graphqlUrl, 'mutation { logout }', {}, { token: token! });
  expect(res.errors).toBeUndefined();
}
