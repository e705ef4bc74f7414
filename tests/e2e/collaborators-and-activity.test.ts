import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { ARTIFACTS, VIEWPORTS, eventually, openSignedIn, screenshot } from '../support/browser';

/**
 * A customer shared read-only with a rep of another team, edited by its owner, and the activity
 * log telling both, in Chromium at laptop and phone widths.
 */
describe('collaborators and the activity log, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  it('shares one of rep1’s customers read-only with rep5, who sees it without edits; rep1’s rename shows in the activity', async () => {
    const [customer]: { id: number; company_name: string }[] = await t.dataSource.query(
      `SELECT c.id, c.company_name FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id
        WHERE u.email = 'rep1@berth.dev' ORDER BY c.id LIMIT 1`,
    );
    const [{ name: rep5Name }]: { name: string }[] = await t.dataSource.query(`SELECT name FROM users WHERE email = 'rep5@berth.dev'`);
    const url = `${t.url}/customers/${customer.id}`;

    // The owner's side shares it: admin over rep1 picks rep5 of the South team (rep1's own picker lists only rep1's team).
    const admin = await openSignedIn(browser, t.url, 'admin@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await admin.goto(`${url}?tab=collaborators`);
    await admin.getByTestId('collaborators-empty').waitFor();
    await admin.getByTestId('add-collaborator-button').click();
    const dialog = admin.getByTestId('add-collaborator-dialog');
    await dialog.waitFor();
    await admin.getByTestId('assign-reps').click();
    await admin.getByRole('option', { name: new RegExp(`^${rep5Name}`) }).click();
    await expect.poll(() => admin.getByTestId('collaborator-access-READ').locator('input').isChecked()).toBe(true);
    await screenView(admin, 'collaborators-add-dialog-laptop');
    await admin.getByTestId('add-collaborator-submit').click();
    await dialog.waitFor({ state: 'detached' });
    const row = admin.getByTestId('collaborator-row');
    await eventually(() => row.count()).toBe(1);
    expect(await row.getAttribute('data-access')).toBe('READ');
    expect(await row.getByTestId('collaborator-until').textContent()).toContain('no end');

    // rep5 opens it by its address on a phone: read-only, no edit anywhere.
    const rep5 = await openSignedIn(browser, t.url, 'rep5@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await rep5.goto(url);
    await eventually(() => rep5.getByTestId('customer-title').textContent()).toBe(customer.company_name);
    expect(await rep5.getByTestId('access-notice').getAttribute('data-access')).toBe('READ');
    await rep5.getByTestId('customer-details').waitFor();
    expect(await rep5.getByTestId('edit-customer-button').count()).toBe(0);
    expect(await rep5.getByTestId('reassign-button').count()).toBe(0);
    await screenshot(rep5, 'collaborators-read-only-phone');
    await rep5.goto(`${url}?tab=contacts`);
    await rep5.getByTestId('contact-list').waitFor();
    expect(await rep5.getByTestId('add-contact-button').count()).toBe(0);
    await rep5.goto(`${url}?tab=followups`);
    await rep5.getByTestId('follow-up-timeline').waitFor();
    expect(await rep5.getByTestId('log-follow-up-button').count()).toBe(0);
    await rep5.goto(`${url}?tab=collaborators`);
    await eventually(() => rep5.getByTestId('collaborator-leave').count()).toBe(1);
    expect(await rep5.getByTestId('add-collaborator-button').count()).toBe(0);
    await screenshot(rep5, 'collaborators-list-phone');
    expect(await rep5.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);

    // rep1 renames it.
    const rep1 = await openSignedIn(browser, t.url, 'rep1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    const [{ name: rep1Name }]: { name: string }[] = await t.dataSource.query(`SELECT name FROM users WHERE email = 'rep1@berth.dev'`);
    const renamed = `${customer.company_name} and Sails`;
    await rep1.goto(url);
    await rep1.getByTestId('edit-customer-button').click();
    await rep1.getByTestId('customer-form').locator('input[name="companyName"]').fill(renamed);
    await rep1.getByTestId('customer-form-submit').click();
    await eventually(() => rep1.getByTestId('customer-title').textContent()).toBe(renamed);

    // The Activity tab tells the rename and the sharing, one sentence each.
    await rep1.getByTestId('customer-tab-activity').click();
    const sentences = rep1.getByTestId('activity-sentence');
    await eventually(async () => (await sentences.allTextContents()).slice(0, 2)).toEqual([
      `${rep1Name} changed the company name from ${customer.company_name} to ${renamed}`,
      `Alex Admin shared it with ${rep5Name}, read-only`,
    ]);
    expect(await rep1.getByTestId('activity-summary').textContent()).toMatch(/^Changed hands \d+\stimes? · \d+\sowners? · \d+\sfollow-ups? · \d+\sedits?$/);

    // Who held it at the end of today, and the trail holds.
    const today = await rep1.getByTestId('owner-at-date').getAttribute('max');
    await rep1.getByTestId('owner-at-date').fill(today!);
    await rep1.getByTestId('owner-at-submit').click();
    await eventually(() => rep1.getByTestId('owner-at-answer').textContent()).toContain(`it was ${rep1Name}'s (since`);
    await rep1.getByTestId('trail-check-button').click();
    await eventually(() => rep1.getByTestId('trail-check-result').getAttribute('data-intact')).toBe('true');
    await screenshot(rep1, 'activity-laptop');

    // rep5 reads the same log on the phone.
    await rep5.goto(`${url}?tab=activity`);
    await eventually(async () => (await rep5.getByTestId('activity-sentence').allTextContents())[0]).toBe(
      `${rep1Name} changed the company name from ${customer.company_name} to ${renamed}`,
    );
    await screenshot(rep5, 'activity-phone');
    expect(await rep5.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);

    // The same in Chinese, on rep1's laptop: the log and the collaborator list.
    await rep1.getByTestId('language-zh-CN').last().click();
    await eventually(async () => (await sentences.allTextContents())[0]).toBe(`${rep1Name} 将公司名称从“${customer.company_name}”改为“${renamed}”`);
    await screenshot(rep1, 'activity-laptop-zh');
    await rep1.getByTestId('customer-tab-collaborators').click();
    await eventually(() => rep1.getByTestId('collaborator-access').textContent()).toBe('只读');
    await screenshot(rep1, 'collaborators-laptop-zh');
  });
});

/** What is on screen, for dialogs (a full-page capture stretches the page under their backdrop), once their fade ends. */
async function screenView(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}
