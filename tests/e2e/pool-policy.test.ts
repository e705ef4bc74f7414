import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { VIEWPORTS, eventually, openSignedIn, screenshot } from '../support/browser';

const field = (page: Page, path: string) => page.getByTestId(`policy-${path}`);

/** The admin shortens protection, sees what it would recycle per rep, saves, and finds the version in the history. */
describe('pool policy editing, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  it('lets the admin preview a shorter protection period per rep, save it, and see the version in the history', async () => {
    const page = await openSignedIn(browser, t.url, 'admin@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await page.goto(`${t.url}/settings`);
    await eventually(() => field(page, 'protectionDays.default').inputValue()).toBe('30');
    await page.getByTestId('policy-history-empty').waitFor();
    await screenshot(page, 'pool-policy-laptop');

    await field(page, 'protectionDays.default').fill('7');
    await page.getByTestId('preview-pool-policy').click();
    const headline = page.getByTestId('policy-preview-headline');
    await eventually(async () => (await headline.textContent()) ?? '').toMatch(/^Under the new rules \d+ customers? would be recycled in the next 7 days \(now: \d+\)\.$/);
    const groups = page.getByTestId('preview-rep');
    await eventually(() => groups.count()).toBeGreaterThan(0);
    const [, total, now] = (await headline.textContent())!.match(/rules (\d+) .*now: (\d+)/)!.map(Number);
    expect(total).toBeGreaterThan(now);
    await groups.first().getByRole('button').first().click();
    await groups.first().locator('.MuiCollapse-entered').waitFor(); // the list has finished opening
    await screenshot(page, 'pool-policy-preview-laptop');

    await page.getByTestId('save-pool-policy').click();
    const dialog = page.getByTestId('save-policy-dialog');
    await dialog.getByTestId('save-policy-preview').waitFor();
    expect(await dialog.getByTestId('policy-change').allTextContents()).toEqual(['Protection period: 30 days → 7 days']);
    await screenshot(page, 'pool-policy-save-dialog');
    await dialog.getByTestId('confirm-save-policy').click();

    await eventually(async () => (await page.getByTestId('snackbar').textContent()) ?? '').toMatch(/^Pool policy saved as version 1; (\d+ protection ends?|no protection end) moved\.$/);
    const version = page.getByTestId('policy-version').first();
    await eventually(() => version.getAttribute('data-version')).toBe('1');
    expect(await version.textContent()).toContain('Alex Admin');
    expect(await version.getByTestId('policy-change').allTextContents()).toEqual(['Protection period: 30 days → 7 days']);
    await eventually(() => page.getByTestId('save-pool-policy').isDisabled()).toBe(true);
    await page.getByTestId('policy-history').scrollIntoViewIfNeeded();
    await screenshot(page, 'pool-policy-saved-laptop');

    const [row] = await t.dataSource.query('SELECT count(*)::int AS n FROM pool_policy_versions');
    expect(row.n).toBe(1);
  });

  it('stacks the editor, its preview and the history at phone width', async () => {
    const phone = await openSignedIn(browser, t.url, 'admin@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await phone.goto(`${t.url}/settings`);
    await eventually(() => field(phone, 'protectionDays.default').inputValue()).toBe('7');
    await phone.getByTestId('policy-version').first().waitFor();
    await field(phone, 'dailyClaimLimit').fill('10001');
    await phone.getByTestId('preview-pool-policy').click();
    await eventually(() => phone.getByTestId('policy-dailyClaimLimit').getAttribute('aria-invalid')).toBe('true');
    await field(phone, 'dailyClaimLimit').fill('8');
    await field(phone, 'protectionDays.byTier.C').fill('5');
    await phone.getByTestId('preview-pool-policy').click();
    await eventually(() => phone.getByTestId('preview-rep').count()).toBeGreaterThan(0);
    await phone.getByTestId('preview-rep').first().getByRole('button').first().click();
    await phone.getByTestId('preview-rep').first().locator('.MuiCollapse-entered').waitFor();
    await screenshot(phone, 'pool-policy-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  });
});
