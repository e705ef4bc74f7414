import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { VIEWPORTS, eventually, openSignedIn, screenshot } from '../support/browser';
import { gql } from '../support/graphql-client';

/** A rep claims from the public pool and logs a follow-up that extends protection, in Chromium. */
describe('public pool and follow-ups, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  it('lets rep3 claim a pool customer, which leaves the pool and joins their customers', async () => {
    const page = await openSignedIn(browser, t.url, 'rep3@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await page.goto(`${t.url}/pool`);
    const list = page.getByTestId('pool-list');
    await eventually(async () => Number(await list.getAttribute('data-total'))).toBeGreaterThan(0);
    const before = Number(await list.getAttribute('data-total'));
    await eventually(() => page.getByTestId('claim-quota').getAttribute('data-claimed')).toBe('0');
    await screenshot(page, 'pool-page-laptop');

    const card = page.getByTestId('pool-card').first();
    const customerId = await card.getAttribute('data-customer-id');
    await card.getByTestId('claim-button').click();
    await eventually(async () => Number(await list.getAttribute('data-total'))).toBe(before - 1);
    await eventually(() => page.getByTestId('claim-quota').getAttribute('data-claimed')).toBe('1');
    await screenshot(page, 'pool-after-claim');

    const [row] = await t.dataSource.query('SELECT u.email FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id WHERE c.id = $1', [customerId]);
    expect(row.email).toBe('rep3@berth.dev');
    const phone = await openSignedIn(browser, t.url, 'rep3@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await phone.goto(`${t.url}/pool`);
    await phone.getByTestId('pool-list').waitFor();
    await screenshot(phone, 'pool-page-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  });

  it('lets rep1 log a follow-up that extends protection, shown on the timeline', async () => {
    // Owned for under 60 days: the no-deal rule (90 days of ownership) cannot cap the 30-day
    // extension. (The demo history is dated from today, so which customer that is changes by the day.)
    const [c] = await t.dataSource.query(
      `SELECT c.id FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id
        WHERE u.email = 'rep1@berth.dev' AND o.owned_since > $1 AND o.protected_until IS NOT NULL ORDER BY o.protected_until LIMIT 1`,
      [new Date(t.clock.now().getTime() - 60 * 86_400_000)],
    );
    const page = await openSignedIn(browser, t.url, 'rep1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await page.goto(`${t.url}/customers/${c.id}?tab=followups`);
    await page.getByTestId('log-follow-up-button').click();
    const form = page.getByTestId('follow-up-form');
    await form.locator('textarea[name="content"]').first().fill('Called the buyer about the spring order and pricing');
    await eventually(() => page.getByTestId('follow-up-counted-hint').getAttribute('data-counted')).toBe('true');
    t.clock.set(new Date()); // the form dates the follow-up by the browser's clock: keep the server's level with it
    await page.getByTestId('follow-up-form-submit').click();
    // The demo history gives this customer earlier follow-ups, so wait for the new one by its text, not the first item.
    const logged = page.getByTestId('follow-up-timeline').getByTestId('follow-up-item').filter({ hasText: 'spring order and pricing' });
    await logged.first().waitFor();
    await eventually(() => logged.first().getAttribute('data-counted')).toBe('true');
    await eventually(() => page.getByTestId('customer-protection').getAttribute('data-state')).toBe('PROTECTED');
    await screenshot(page, 'follow-up-logged');
    const protectedUntil = async () => {
      const [after] = await t.dataSource.query('SELECT protected_until FROM customer_ownership WHERE customer_id = $1', [c.id]);
      return after.protected_until.getTime() as number;
    };
    await eventually(protectedUntil).toBeGreaterThan(t.clock.now().getTime() + 29 * 86_400_000);
  });
});

describe('recycling seen live, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  it("shows rep1's customer counting down its last minute, then recycled into rep2's pool, claimed by rep2, and gone from rep1's list", async () => {
    const [c] = await t.dataSource.query(
      `SELECT c.id, c.company_name FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id WHERE u.email = 'rep1@berth.dev' ORDER BY c.id LIMIT 1`,
    );
    // Owned for 30 days less a minute, with no follow-up: protection ends a minute from now.
    t.clock.set(new Date()); // the browser counts down by its own clock
    const end = new Date(t.clock.now().getTime() + 60_000);
    await t.dataSource.query('UPDATE customer_ownership SET owned_since = $2, protected_until = $3 WHERE customer_id = $1', [c.id, new Date(end.getTime() - 30 * 86_400_000), end]);
    const rep1 = await openSignedIn(browser, t.url, 'rep1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await rep1.goto(`${t.url}/customers/${c.id}`);
    await eventually(() => rep1.getByTestId('customer-protection').getAttribute('data-state')).toBe('EXPIRING_SOON');
    await screenshot(rep1, 'recycle-countdown-rep1');
    await rep1.goto(`${t.url}/customers`);
    await rep1.getByTestId('customer-search').fill(c.company_name);
    await eventually(async () => Number(await rep1.getByTestId('customers-grid').getAttribute('data-total'))).toBe(1);

    const rep2 = await openSignedIn(browser, t.url, 'rep2@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await rep2.goto(`${t.url}/pool`);
    await untilPoolIsLive(t, rep2);
    await rep2.getByTestId('customer-search').fill(c.company_name);
    await eventually(async () => Number(await rep2.getByTestId('pool-list').getAttribute('data-total'))).toBe(0);

    t.clock.advance(61_000); // the server's time moves; nobody sleeps
    const swept = await t.server.services.recycleSweep.sweep();
    expect(swept.recycled.map((r) => r.customerId)).toContain(c.id);

    await eventually(async () => Number(await rep2.getByTestId('pool-list').getAttribute('data-total'))).toBe(1);
    await screenshot(rep2, 'recycled-appears-in-rep2-pool');
    await rep2.getByTestId('pool-card').first().getByTestId('claim-button').click();
    await eventually(async () => Number(await rep2.getByTestId('pool-list').getAttribute('data-total'))).toBe(0);

    await eventually(async () => Number(await rep1.getByTestId('customers-grid').getAttribute('data-total'))).toBe(0);
    await screenshot(rep1, 'recycled-gone-from-rep1');
    const [after] = await t.dataSource.query('SELECT u.email FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id WHERE c.id = $1', [c.id]);
    expect(after.email).toBe('rep2@berth.dev');
  });
});

/**
 * A page hears pool events only once its subscription is up. Until the page shows a return
 * made elsewhere (rep3 gives customers back, one per round), it is not listening yet.
 */
async function untilPoolIsLive(t: TestServer, page: import('playwright-core').Page) {
  const total = async () => Number(await page.getByTestId('pool-list').getAttribute('data-total'));
  await eventually(total).toBeGreaterThan(0);
  const login = await gql(t.graphqlUrl, 'mutation { login(input: { email: "rep3@berth.dev", password: "berth-demo" }) { token } }');
  const token = login.data.login.token;
  const code = (await gql(t.graphqlUrl, '{ returnReasons { code noteRequired } }', {}, { token })).data.returnReasons.find((r: any) => !r.noteRequired).code;
  const owned: { id: number }[] = await t.dataSource.query(`SELECT c.id FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id WHERE u.email = 'rep3@berth.dev' ORDER BY c.id`);
  for (const { id } of owned) {
    const before = await total();
    await gql(t.graphqlUrl, 'mutation($id: ID!, $code: String!) { returnCustomer(customerId: $id, reasonCode: $code) }', { id: String(id), code }, { token });
    const deadline = Date.now() + 1_000;
    while (Date.now() < deadline) {
      if ((await total()) > before) return;
      await page.waitForTimeout(50);
    }
  }
  throw new Error('the pool page never showed a live change');
}
