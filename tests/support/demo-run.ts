import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { seedDemoDataIfEmpty } from '../../server/src/db/seed/demo-seed';
import { launchChromium } from './browser';
import { startTestServer, type TestServer } from './test-server';

/** A server with the built dashboard and the demo team, and Chromium: what each browser test starts from. */
export async function startDemoRun(opts: { now?: string } = {}): Promise<{ t: TestServer; browser: Browser; stop(): Promise<void> }> {
  const t = await startTestServer({ withDashboard: true, now: opts.now });
  await seedDemoDataIfEmpty(t.dataSource, t.clock.now());
  const browser = await launchChromium();
  return {
    t,
    browser,
    stop: async () => {
      await browser.close();
      await t.stop();
    },
  };
}

/**
 * Starts a demo run before the enclosing describe's tests and stops it after. The server's clock
 * starts at real time: the browser counts down and dates by its own clock.
 */
export function useDemoRunAtRealTime(receive: (run: { t: TestServer; browser: Browser }) => void): void {
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const run = await startDemoRun({ now: new Date().toISOString() });
    stop = run.stop;
    receive(run);
  });
  afterAll(() => stop?.());
}
