import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seedDemoDataIfEmpty, DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import { startTestServer, type TestServer } from '../support/test-server';
import { VIEWPORTS, eventually, launchChromium, openSignedIn, screenshot } from '../support/browser';


/** rep2 types a company rep1 owns: the clash shows before saving, and rep1 is told live. */
describe('duplicate clash between two reps, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  let rep1Company: string;

  beforeAll(async () => {
    t = await startTestServer({ withDashboard: true });
    await seedDemoDataIfEmpty(t.dataSource, t.clock.now());
    const [row] = await t.dataSource.query(
      `SELECT c.company_name FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id WHERE u.email = 'rep1@berth.dev' ORDER BY c.id LIMIT 1`,
    );
    rep1Company = row.company_name;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  const openAs = (email: string, viewport: (typeof VIEWPORTS)[keyof typeof VIEWPORTS]) => openSignedIn(browser, t.url, email, DEMO_PASSWORD, viewport);

  it('stops rep2 before saving and alerts rep1 live when a save outruns the check', async () => {
    const rep1 = await openAs('rep1@berth.dev', VIEWPORTS.laptop);
    const rep2 = await openAs('rep2@berth.dev', VIEWPORTS.laptop);

    await rep2.getByTestId('new-customer-button').click();
    // Typed differently: upper case, no legal form. The normalised names are equal.
    const typed = rep1Company.replace(/\s+(Co\., Ltd\.|Ltd|GmbH|Inc\.|LLC|S\.A\.|B\.V\.|Trading Co\.)$/, '').toUpperCase();
    const name = rep2.getByTestId('customer-form').locator('input[name="companyName"]');
    await name.fill(typed);
    const panel = rep2.getByTestId('duplicate-panel');
    await eventually(() => panel.getAttribute('data-verdict')).toBe('BLOCK');
    await eventually(async () => (await rep2.getByTestId('duplicate-headline').textContent()) ?? '').toContain('李伟');
    await rep2.getByTestId('duplicate-match').first().getByText(rep1Company).waitFor();
    // Create is off, with the reason beside it; the phone-only summary under the name stays hidden here.
    expect(await rep2.getByTestId('customer-form-submit').isDisabled()).toBe(true);
    expect(await rep2.getByTestId('save-blocked-reason').textContent()).toContain('李伟');
    expect(await rep2.getByTestId('duplicate-summary').isVisible()).toBe(false);
    await screenshot(rep2, 'rep2-sees-clash-before-saving');

    // A save that outruns the live check (here the check cannot be reached) is refused by the
    // server, which records the attempt and tells the owner.
    await rep2.route('**/graphql', (route) => (route.request().postData()?.includes('CheckDuplicates') ? route.abort() : route.continue()));
    // A fresh form: the one open still holds the check's answer.
    await rep2.keyboard.press('Escape');
    await rep2.getByTestId('customer-form').waitFor({ state: 'detached' });
    await rep2.getByTestId('new-customer-button').click();
    await name.fill(typed);
    await rep2.getByTestId('duplicate-check-failed').waitFor();
    await rep2.getByTestId('customer-form-submit').click();
    await rep2.getByTestId('duplicate-found-on-save').waitFor();
    await eventually(() => rep2.getByTestId('customer-form-submit').isDisabled()).toBe(true);
    await screenshot(rep2, 'rep2-blocked-save-explained');

    await eventually(() => rep1.getByTestId('notifications-button').getAttribute('data-unread')).toBe('1');
    await eventually(async () => (await rep1.getByTestId('snackbar').textContent()) ?? '').toContain('Emma Novak');
    await screenshot(rep1, 'rep1-clash-alert-live');
    await rep1.getByTestId('notifications-button').click();
    await rep1.getByTestId('notifications-panel').getByTestId('notification-item').first().waitFor();
    await screenshot(rep1, 'rep1-notifications-panel');

    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM customers WHERE name_key = (SELECT name_key FROM customers WHERE company_name = $1)`, [rep1Company]);
    expect(n).toBe(1);
  });

  it('shows the clash panel usably at phone width', async () => {
    const rep2 = await openAs('rep2@berth.dev', VIEWPORTS.phone);
    await rep2.getByTestId('new-customer-button').click();
    await rep2.getByTestId('customer-form').locator('input[name="companyName"]').fill(rep1Company);
    await eventually(() => rep2.getByTestId('duplicate-panel').getAttribute('data-verdict')).toBe('BLOCK');
    // The verdict shows under the name field, on screen while the panel is below the fold.
    const summary = rep2.getByTestId('duplicate-summary');
    expect(await summary.isVisible()).toBe(true);
    const box = await summary.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(VIEWPORTS.phone.height);
    await screenshot(rep2, 'rep2-clash-phone');
    expect(await rep2.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  });
});
