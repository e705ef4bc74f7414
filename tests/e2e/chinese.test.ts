import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { VIEWPORTS, eventually, openSignedIn, screenshot } from '../support/browser';
import { gql } from '../support/graphql-client';

type Viewport = (typeof VIEWPORTS)[keyof typeof VIEWPORTS];

/**
 * A rep signs in, switches to 中文, meets a clash while entering a customer, and claims from the
 * pool until the daily limit stops them — at laptop and phone widths, with screenshots of each
 * step in both languages.
 */
describe('Berth in Chinese, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

  /** The language switch sits in the user menu: in the side bar on a laptop, in the drawer on a phone. */
  async function switchTo(page: Page, viewport: Viewport, locale: 'zh-CN' | 'en') {
    if (viewport.width < 600) await page.getByTestId('nav-menu-button').click();
    await page.getByTestId(`language-${locale}`).last().click();
    if (viewport.width < 600) await page.keyboard.press('Escape');
  }

  /** Leaves the rep two claims for the browser to make: the rest of today's go through the API. */
  async function leaveTwoClaims(email: string) {
    const login = await gql(t.graphqlUrl, 'mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email, password: DEMO_PASSWORD } });
    const token = login.data.login.token as string;
    const quota = (await gql(t.graphqlUrl, '{ claimQuota { claimedToday dailyLimit } }', {}, { token })).data.claimQuota;
    const toClaim = quota.dailyLimit - quota.claimedToday - 2;
    if (toClaim <= 0) return;
    const pool = await gql(t.graphqlUrl, `{ poolCustomers(first: ${toClaim + 20}) { edges { node { id claimHold { code } } } } }`, {}, { token });
    const open = pool.data.poolCustomers.edges.filter((e: any) => e.node.claimHold === null).map((e: any) => e.node.id).slice(0, toClaim);
    const claimed = await gql(t.graphqlUrl, 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok } }', { ids: open }, { token });
    expect(claimed.data.claimCustomers.every((r: any) => r.ok)).toBe(true);
  }

  it('switches to 中文, shows a clash in Chinese and stops claims at the limit, at laptop and phone widths', async () => {
    // Another rep's customer with a Chinese name, to type in as if new.
    const [other] = await t.dataSource.query(
      `SELECT c.company_name FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id
        WHERE u.email = 'rep1@berth.dev' AND c.company_name ~ '[一-龥]' ORDER BY c.id LIMIT 1`,
    );
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      // One rep per width, so each has today's claims to spend.
      const email = name === 'laptop' ? 'rep5@berth.dev' : 'rep6@berth.dev';
      const page = await openSignedIn(browser, t.url, email, DEMO_PASSWORD, viewport);
      await eventually(() => heading(page)).toBe('My customers');
      await screenshot(page, `zh-${name}-1-customers-en`);

      await switchTo(page, viewport, 'zh-CN');
      await eventually(() => heading(page)).toBe('我的客户');
      await eventually(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await screenshot(page, `zh-${name}-2-customers-zh`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

      // Remembered on the server: a reload (and the next sign-in) keeps Chinese.
      const [{ locale }] = await t.dataSource.query(`SELECT locale FROM users WHERE email = $1`, [email]);
      expect(locale).toBe('zh-CN');
      await page.reload();
      await eventually(() => heading(page)).toBe('我的客户');

      // Entering a company another rep already has: the clash is explained in Chinese and Create waits.
      await page.getByTestId('new-customer-button').click();
      await page.getByTestId('customer-form').locator('input[name="companyName"]').fill(other.company_name);
      await eventually(() => page.getByTestId('duplicate-panel').first().getAttribute('data-verdict')).toBe('BLOCK');
      await eventually(async () => (await page.getByTestId('duplicate-headline').first().textContent()) ?? '').toContain('李伟');
      await eventually(() => page.getByTestId('customer-form-submit').isDisabled()).toBe(true);
      await screenshot(page, `zh-${name}-3-clash-zh`);
      await page.keyboard.press('Escape');

      // Claims to the daily limit: the last two in the browser, then every Claim button says why it waits.
      await leaveTwoClaims(email);
      await page.goto(`${t.url}/pool`);
      await eventually(() => heading(page)).toBe('公海');
      const quota = page.getByTestId('claim-quota');
      await eventually(async () => Number(await quota.getAttribute('data-limit')) - Number(await quota.getAttribute('data-claimed'))).toBe(2);
      for (let i = 0; i < 2; i++) {
        const before = Number(await quota.getAttribute('data-claimed'));
        await page.getByTestId('claim-button').and(page.locator(':not([disabled])')).first().click();
        await eventually(async () => Number(await quota.getAttribute('data-claimed'))).toBe(before + 1);
      }
      await eventually(() => page.getByTestId('claim-button').first().isDisabled()).toBe(true);
      const buttons = await page.getByTestId('claim-button').all();
      for (const button of buttons.slice(0, 5)) expect(await button.isDisabled()).toBe(true);
      await screenshot(page, `zh-${name}-4-pool-at-limit-zh`);

      await switchTo(page, viewport, 'en');
      await eventually(() => heading(page)).toBe('Public pool');
      await screenshot(page, `zh-${name}-5-pool-at-limit-en`);
      await page.context().close();
    }
  });
});
