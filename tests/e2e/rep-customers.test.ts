import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seedDemoDataIfEmpty, DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import { startTestServer, type TestServer } from '../support/test-server';
import { VIEWPORTS, eventually, launchChromium, openSignedIn, screenshot } from '../support/browser';


/** A rep signs in, sees only their own customers, creates one, and sees it in the grid — live in a second tab too. */
describe('a rep and their customers, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  let rep1Names: string[];
  let otherRepsName: string;

  beforeAll(async () => {
    t = await startTestServer({ withDashboard: true });
    await seedDemoDataIfEmpty(t.dataSource, t.clock.now());
    const ownedBy = async (email: string) =>
      (
        await t.dataSource.query(
          'SELECT c.company_name FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id WHERE u.email = $1 ORDER BY c.updated_at DESC',
          [email],
        )
      ).map((r: { company_name: string }) => r.company_name);
    rep1Names = await ownedBy('rep1@berth.dev');
    otherRepsName = (await ownedBy('rep2@berth.dev'))[0];
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  const openAs = (email: string, viewport: (typeof VIEWPORTS)[keyof typeof VIEWPORTS]) => openSignedIn(browser, t.url, email, DEMO_PASSWORD, viewport);

  const grid = (page: Page) => page.getByTestId('customers-grid');
  const totalShown = async (page: Page) => Number(await grid(page).getAttribute('data-total'));

  it('shows rep1 exactly their own customers, live', async () => {
    const page = await openAs('rep1@berth.dev', VIEWPORTS.laptop);
    await eventually(() => totalShown(page)).toBe(rep1Names.length);
    await eventually(() => page.getByTestId('connection-indicator').getAttribute('data-state')).toBe('connected');
    for (const name of rep1Names.slice(0, 5)) await grid(page).getByText(name, { exact: true }).waitFor();
    await screenshot(page, 'rep1-customers-laptop');

    await page.getByTestId('customer-search').fill(otherRepsName);
    await eventually(() => totalShown(page)).toBe(0);
    await screenshot(page, 'rep1-search-other-reps-customer');
    await page.close();
  });

  it('lets rep1 create a customer that appears in the grid, and in another open tab without reload', async () => {
    const page = await openAs('rep1@berth.dev', VIEWPORTS.laptop);
    const watcher = await openAs('rep1@berth.dev', VIEWPORTS.laptop);
    await eventually(() => watcher.getByTestId('connection-indicator').getAttribute('data-state')).toBe('connected');
    const before = await totalShown(watcher);

    await page.getByTestId('new-customer-button').click();
    const form = page.getByTestId('customer-form');
    await form.locator('input[name="companyName"]').fill('Harbour Lights Trading Ltd');
    await form.locator('input[name="email"]').fill('not-an-email');
    await page.getByTestId('customer-form-submit').click();
    await form.getByText('is not a valid email address').waitFor();
    await screenshot(page, 'create-customer-validation');
    await form.locator('input[name="email"]').fill('hello@harbourlights.example');
    await form.locator('input[name="website"]').fill('harbourlights.example');
    await page.getByTestId('customer-form-submit').click();

    await page.waitForURL(/\/customers\/\d+$/);
    await page.getByTestId('customer-title').getByText('Harbour Lights Trading Ltd').waitFor();
    await screenshot(page, 'created-customer-page');

    await eventually(() => totalShown(watcher)).toBe(before + 1);
    await grid(watcher).getByText('Harbour Lights Trading Ltd').waitFor();
    await screenshot(watcher, 'grid-updated-live');

    await page.goto(`${t.url}/customers`);
    await page.getByTestId('customer-search').fill('Harbour Lights');
    await eventually(() => totalShown(page)).toBe(1);
    await grid(page).getByText('Harbour Lights Trading Ltd').waitFor();
    await page.close();
    await watcher.close();
  });

  it('is usable at phone width', async () => {
    const page = await openAs('rep1@berth.dev', VIEWPORTS.phone);
    await eventually(() => grid(page).getAttribute('data-view')).toBe('cards');
    await grid(page).getByText(rep1Names[0], { exact: true }).waitFor();
    await screenshot(page, 'rep1-customers-phone');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(VIEWPORTS.phone.width); // no sideways scrolling
    await page.getByTestId('nav-menu-button').click();
    await screenshot(page, 'phone-navigation');
    await page.close();
  });
});
