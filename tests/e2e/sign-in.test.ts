import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { VIEWPORTS, eventually, screenshot } from '../support/browser';

/** A new user on a first start's demo: the sign-in page offers the demo team, one click fills it, in Chromium. */
describe('signing in to the demo, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  it('offers the demo logins and signs in as the one picked, at laptop and phone widths', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const page = await (await browser.newContext({ viewport })).newPage();
      await page.goto(`${t.url}/login`);
      const hint = page.getByTestId('demo-hint');
      await hint.waitFor();
      await screenshot(page, `sign-in-demo-hint-${name}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await hint.locator('[data-email="manager1@berth.dev"]').click();
      await page.getByTestId('login-submit').click();
      await page.waitForURL(/\/customers$/);
      // The URL changes before the customer list replaces the sign-in page's heading: wait for it.
      await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Team customers');
      await page.context().close();
    }
  });
});
