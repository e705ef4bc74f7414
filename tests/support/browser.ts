import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS = path.resolve(__dirname, '../artifacts/e2e');
const EXECUTABLE = process.env.BERTH_CHROMIUM || '/usr/bin/chromium';

export const VIEWPORTS = { laptop: { width: 1366, height: 800 }, phone: { width: 390, height: 844 } } as const;

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(EXECUTABLE)) {
    throw new Error(`Chromium is not at ${EXECUTABLE}: install it (apt-get install chromium) or set BERTH_CHROMIUM.`);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: EXECUTABLE,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/customers$/);
}

/** The page updates on its own; give it time without sleeping a fixed amount. */
export const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });

/** A fresh browser context at `viewport`, signed in, with its live connection up. */
export async function openSignedIn(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  viewport: (typeof VIEWPORTS)[keyof typeof VIEWPORTS],
): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await signIn(page, baseUrl, email, password);
  await eventually(() => page.getByTestId('connection-indicator').getAttribute('data-state')).toBe('connected');
  return page;
}
