import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seedDemoDataIfEmpty, DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import { startTestServer, type TestServer } from '../support/test-server';
import { VIEWPORTS, eventually, launchChromium, openSignedIn, screenshot } from '../support/browser';

/** A rep claims from the public pool and logs a follow-up that extends protection, in Chromium. */
describe('public pool and follow-ups, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    // The browser dates a follow-up by its own clock, so the server's clock starts at real time here.
    t = await startTestServer({ withDashboard: true, now: new Date().toISOString() });
    await seedDemoDataIfEmpty(t.dataSource, t.clock.now());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

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

    const [row] = await t.dataSource.query('SELECT u.email FROM customers c JOIN users u ON u.id = c.owner_id WHERE c.id = $1', [customerId]);
    expect(row.email).toBe('rep3@berth.dev');
    const phone = await openSignedIn(browser, t.url, 'rep3@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await phone.goto(`${t.url}/pool`);
    await phone.getByTestId('pool-list').waitFor();
    await screenshot(phone, 'pool-page-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  });

  it('lets rep1 log a follow-up that extends protection, shown on the timeline', async () => {
    const [c] = await t.dataSource.query(
      `SELECT c.id FROM customers c JOIN users u ON u.id = c.owner_id WHERE u.email = 'rep1@berth.dev' ORDER BY c.protected_until LIMIT 1`,
    );
    const page = await openSignedIn(browser, t.url, 'rep1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await page.goto(`${t.url}/customers/${c.id}?tab=followups`);
    await page.getByTestId('log-follow-up-button').click();
    const form = page.getByTestId('follow-up-form');
    await form.locator('textarea[name="content"]').first().fill('Called the buyer about the spring order and pricing');
    await eventually(() => page.getByTestId('follow-up-counted-hint').getAttribute('data-counted')).toBe('true');
    await page.getByTestId('follow-up-form-submit').click();
    await page.getByTestId('follow-up-timeline').getByTestId('follow-up-item').first().waitFor();
    await eventually(() => page.getByTestId('follow-up-item').first().getAttribute('data-counted')).toBe('true');
    await eventually(() => page.getByTestId('customer-protection').getAttribute('data-state')).toBe('PROTECTED');
    await screenshot(page, 'follow-up-logged');
    const [after] = await t.dataSource.query('SELECT protected_until FROM customers WHERE id = $1', [c.id]);
    expect(after.protected_until.getTime()).toBeGreaterThan(t.clock.now().getTime() + 29 * 86_400_000);
  });
});
