import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seedDemoDataIfEmpty, DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import { startTestServer, type TestServer } from '../support/test-server';
import { VIEWPORTS, eventually, launchChromium, signIn } from '../support/browser';

/**
 * The dashboard runs under the server's strict CSP: a blocked script, style, image or socket
 * (say a web font from a CDN, or an inline script a build step adds) fails here.
 */
describe('the dashboard under its Content-Security-Policy, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestServer({ production: true, withDashboard: true });
    await seedDemoDataIfEmpty(t.dataSource, t.clock.now());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('loads every page and its live connection without a single violation', async () => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS.laptop })).newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    const first = await page.goto(`${t.url}/login`);
    expect((await first!.allHeaders())['content-security-policy']).toContain("frame-ancestors 'none'");
    await signIn(page, t.url, 'manager1@berth.dev', DEMO_PASSWORD);
    await eventually(() => page.getByTestId('connection-indicator').getAttribute('data-state')).toBe('connected');
    await page.getByTestId('customers-grid').locator('a[href^="/customers/"]').first().click();
    await page.getByTestId('customer-title').waitFor();
    // /analytics: the charts (lazily loaded @mui/x-charts) draw SVG with inline styles.
    for (const route of ['/pool', '/team', '/analytics', '/settings']) {
      await page.goto(`${t.url}${route}`);
      await eventually(() => page.getByTestId('connection-indicator').getAttribute('data-state')).toBe('connected');
      if (route === '/analytics') await page.getByTestId('chart-flows').locator('svg').first().waitFor();
    }
    expect(violations).toEqual([]);
  });
});
