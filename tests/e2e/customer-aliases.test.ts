import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { VIEWPORTS, eventually, openSignedIn, screenshot } from '../support/browser';

const COMPANY = '上海华泰纺织有限公司';
const ENGLISH_NAME = 'Shanghai Huatai Textile Co., Ltd.';
const TYPED = 'Shanghai Huatai Textile Co Ltd';

/**
 * A Chinese company is known by two names. 李伟 (rep1, North team) files it under its Chinese
 * name with its English name as another name; 陈静 (rep5, South team), handed the English card,
 * starts a new customer with it and is stopped by the block, which names the English name it
 * matched — at laptop and phone widths.
 */
describe('a customer found through its English name, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  const openAs = (email: string, viewport: (typeof VIEWPORTS)[keyof typeof VIEWPORTS]) => openSignedIn(browser, t.url, email, DEMO_PASSWORD, viewport);

  it('stops a rep of another team who types the English name of a customer filed under its Chinese one', { timeout: 180_000 }, async () => {
    // 李伟 files the company with its English name.
    const rep1 = await openAs('rep1@berth.dev', VIEWPORTS.laptop);
    await rep1.getByTestId('new-customer-button').click();
    const form = rep1.getByTestId('customer-form');
    await form.locator('input[name="companyName"]').fill(COMPANY);
    await form.getByTestId('add-alias').click();
    // A Chinese company's first other name starts as its English name.
    expect(await form.locator('input[name="aliases.0.kind"]').inputValue()).toBe('ENGLISH_NAME');
    await form.locator('input[name="aliases.0.name"]').fill(ENGLISH_NAME);
    await eventually(() => rep1.getByTestId('duplicate-panel').getAttribute('data-verdict')).toBe('CLEAR');
    await screenshot(rep1, 'aliases-rep1-new-customer-laptop');
    await rep1.getByTestId('customer-form-submit').click();
    await rep1.waitForURL(/\/customers\/\d+$/);
    const customerUrl = rep1.url();
    const alias = rep1.getByTestId('customer-alias');
    await eventually(() => alias.allTextContents()).toEqual([`English name ${ENGLISH_NAME}`]);
    expect(await alias.getAttribute('data-kind')).toBe('ENGLISH_NAME');
    await screenshot(rep1, 'aliases-rep1-customer-page-laptop');

    // 陈静, in the South team, starts a customer from the English card: blocked, at laptop and phone widths alike.
    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      const rep5 = await openAs('rep5@berth.dev', viewport);
      await rep5.getByTestId('new-customer-button').click();
      await rep5.getByTestId('customer-form').locator('input[name="companyName"]').fill(TYPED);
      await expectBlockNamingTheEnglishName(rep5);
      await rep5.getByTestId('duplicate-matched-alias').scrollIntoViewIfNeeded();
      await screenshot(rep5, `aliases-rep5-blocked-${width}`);
      expect(await rep5.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    }

    // 李伟's page on a phone lists the other name under the company name, and his edit form holds it.
    const rep1Phone = await openAs('rep1@berth.dev', VIEWPORTS.phone);
    await rep1Phone.goto(customerUrl);
    await eventually(() => rep1Phone.getByTestId('customer-alias').allTextContents()).toEqual([`English name ${ENGLISH_NAME}`]);
    await screenshot(rep1Phone, 'aliases-rep1-customer-page-phone');
    expect(await rep1Phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await rep1Phone.getByTestId('edit-customer-button').click();
    const edit = rep1Phone.getByTestId('customer-form');
    await eventually(() => rep1Phone.locator('.MuiDialog-container').evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
    expect(await edit.locator('input[name="aliases.0.name"]').inputValue()).toBe(ENGLISH_NAME);
    const row = await edit.getByTestId('alias-row').boundingBox();
    expect(row && row.x + row.width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await screenshot(rep1Phone, 'aliases-rep1-edit-phone');

    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM customers WHERE company_name = $1', [COMPANY]);
    expect(n).toBe(1);
  });
});

/** The live check blocks the typed English name, naming 李伟's customer and the alias it matched; Create stays off. */
async function expectBlockNamingTheEnglishName(page: Page) {
  await eventually(() => page.getByTestId('duplicate-panel').getAttribute('data-verdict')).toBe('BLOCK');
  const match = page.getByTestId('duplicate-match').filter({ hasText: COMPANY });
  await eventually(async () => (await match.getByTestId('duplicate-holder').textContent()) ?? '').toContain('李伟');
  expect(await match.getByTestId('duplicate-matched-alias').textContent()).toBe(`Matched its English name “${ENGLISH_NAME}”`);
  expect(await page.getByTestId('customer-form-submit').isDisabled()).toBe(true);
}
