import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { ARTIFACTS, VIEWPORTS, eventually, openSignedIn, screenshot } from '../support/browser';

const RELEASE_NOTE = '李伟 moves to the South team; the account waits in the pool for them';

/**
 * A manager's moves in Chromium: manager1 (North) ticks two of 张敏's (rep3) customers in the list
 * and gives them to 李伟 (rep1), whose phone shows them arrive without a reload; then releases one
 * of them from its page with a note, which the pool shows and 李伟 is told of.
 */
describe("a manager's moves, in Chromium", () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  it('lets manager1 reassign two of 张敏’s customers to 李伟, live on 李伟’s phone, then release one with a note into the pool', async () => {
    const rep3 = await userId(t, 'rep3@berth.dev');
    // The receiving rep watches their own list on a phone.
    const receiver = await openSignedIn(browser, t.url, 'rep1@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await eventually(async () => total(receiver)).toBeGreaterThan(0);
    const receiverBefore = await total(receiver);

    const manager = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await manager.goto(`${t.url}/customers?owner=${rep3}`);
    await eventually(async () => total(manager)).toBeGreaterThan(2);
    const rep3Before = await total(manager);
    const rows = manager.locator('.MuiDataGrid-row');
    await eventually(() => rows.count()).toBeGreaterThan(2);
    const chosen = [await rows.nth(0).getAttribute('data-id'), await rows.nth(1).getAttribute('data-id')] as string[];
    const names = [await companyOf(manager, chosen[0]), await companyOf(manager, chosen[1])];
    for (const id of chosen) await manager.locator(`.MuiDataGrid-row[data-id="${id}"] input[type="checkbox"]`).check();
    await eventually(() => manager.getByTestId('bulk-move-count').textContent()).toBe('2 selected');
    await screenView(manager, 'manager-moves-selected-laptop');

    await manager.getByTestId('bulk-move-bar').getByTestId('reassign-button').click();
    await expect.poll(() => manager.getByTestId('reassign-target').textContent()).toBe('2 selected customers');
    await manager.getByTestId('assign-reps').click();
    // The reps they come from is not offered.
    expect(await manager.getByRole('option', { name: /^张敏/ }).count()).toBe(0);
    await manager.getByRole('option', { name: /^李伟/ }).click();
    await screenView(manager, 'manager-moves-reassign-dialog-laptop');
    await manager.getByTestId('reassign-submit').click();

    const results = manager.getByTestId('assign-result');
    await eventually(() => results.count()).toBe(2);
    expect(await results.evaluateAll((els) => els.map((e) => e.getAttribute('data-ok')))).toEqual(['true', 'true']);
    expect(await manager.getByTestId('assign-result-text').allTextContents()).toEqual(['Now with 李伟', 'Now with 李伟']);
    await screenView(manager, 'manager-moves-reassign-results-laptop');
    await manager.getByTestId('reassign-done').click();

    // Both lists move on their own: 张敏's loses two, 李伟's phone shows them arrive.
    await eventually(async () => total(manager)).toBe(rep3Before - 2);
    await eventually(async () => total(receiver)).toBe(receiverBefore + 2);
    expect(await owners(t, chosen)).toEqual(['rep1@berth.dev', 'rep1@berth.dev']);
    await screenshot(receiver, 'manager-moves-receiver-phone');
    expect(await receiver.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);

    // The other's history names the move and who made it.
    await manager.goto(`${t.url}/customers/${chosen[1]}?tab=history`);
    await eventually(() => manager.getByTestId('ownership-title').first().textContent()).toBe('Transferred');
    await expect.poll(() => manager.getByTestId('ownership-history').textContent()).toContain('张敏 → 李伟');
    await expect.poll(() => manager.getByTestId('ownership-history').textContent()).toContain('by Morgan North');
    await screenshot(manager, 'manager-moves-history-laptop');

    // One of them goes back to the pool from its page, with the manager's reason.
    await manager.goto(`${t.url}/customers/${chosen[0]}`);
    await eventually(() => manager.getByTestId('customer-owner').textContent()).toBe('李伟');
    await manager.getByTestId('release-button').click();
    await manager.getByTestId('release-submit').click();
    await expect.poll(() => manager.getByTestId('release-note-helper').textContent()).toBe('Why they go to the pool is required');
    await manager.getByTestId('release-note').fill(RELEASE_NOTE);
    await screenView(manager, 'manager-moves-release-dialog-laptop');
    await manager.getByTestId('release-submit').click();
    await eventually(() => manager.getByTestId('release-result-text').allTextContents()).toEqual(['Released from 李伟']);
    await manager.getByTestId('release-done').click();
    await eventually(() => manager.getByTestId('customer-owner').textContent()).toBe('In the public pool');
    // Nothing left to move here; the manager's moves are gone with the owner.
    expect(await manager.getByTestId('release-button').count()).toBe(0);
    await screenshot(manager, 'manager-moves-released-laptop');

    // 李伟's list drops it, and their notifications say who released what.
    await eventually(async () => total(receiver)).toBe(receiverBefore + 1);
    await receiver.getByTestId('notifications-button').click();
    const notice = receiver.locator('[data-testid="notification-item"][data-kind="RELEASED"]').first();
    await eventually(() => notice.textContent()).toContain(`Morgan North released ${names[0]} to the pool`);
    await screenView(receiver, 'manager-moves-release-notice-phone');
    await receiver.keyboard.press('Escape');

    // The pool shows it, with the note.
    await manager.goto(`${t.url}/pool`);
    const card = manager.locator(`[data-testid="pool-card"][data-customer-id="${chosen[0]}"]`);
    await eventually(() => card.getByTestId('pool-entry').getAttribute('data-kind')).toBe('RELEASED');
    expect(await card.getByTestId('pool-reason').textContent()).toBe(`Released: ${RELEASE_NOTE}`);
    await screenshot(manager, 'manager-moves-pool-laptop');

    // Opened again later (a notice, the browser's history), the customer's page leads on to the pool.
    await manager.goto(`${t.url}/customers/${chosen[0]}`);
    await eventually(() => manager.getByTestId('customer-in-pool').textContent()).toContain(`${names[0]} is in the public pool now`);
    await screenshot(manager, 'manager-moves-released-page-laptop');
    await manager.getByTestId('open-in-pool').click();
    await eventually(() => manager.getByTestId('pool-history-dialog').getAttribute('data-customer-id')).toBe(chosen[0]);
    await screenshot(manager, 'manager-moves-released-history-laptop');
    await manager.keyboard.press('Escape');

    // On a phone: the list ticks cards, the bar and the dialogs fit the screen.
    const phone = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await phone.goto(`${t.url}/customers?owner=${rep3}`);
    await eventually(async () => total(phone)).toBe(rep3Before - 2);
    await phone.getByTestId('customer-select').nth(0).check();
    await phone.getByTestId('customer-select').nth(1).check();
    await eventually(() => phone.getByTestId('bulk-move-count').textContent()).toBe('2 selected');
    await phone.getByTestId('bulk-move-bar').scrollIntoViewIfNeeded();
    await screenView(phone, 'manager-moves-selected-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await phone.getByTestId('bulk-select-all-matching').click();
    await phone.getByTestId('bulk-move-bar').getByTestId('release-button').click();
    await phone.getByTestId('release-dialog').waitFor();
    await screenView(phone, 'manager-moves-release-dialog-phone');
    await phone.getByRole('button', { name: 'Cancel' }).click();
    await phone.goto(`${t.url}/customers/${chosen[1]}`);
    await eventually(() => phone.getByTestId('customer-owner').textContent()).toBe('李伟');
    await screenshot(phone, 'manager-moves-customer-phone');
    await phone.getByTestId('reassign-button').click();
    await phone.getByTestId('assign-reps').click();
    await phone.getByRole('option', { name: /^Emma Novak/ }).click();
    await screenView(phone, 'manager-moves-reassign-dialog-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await phone.getByRole('button', { name: 'Cancel' }).click();

    // The Team page moves everything one rep holds: from the row's menu, at both widths.
    await manager.goto(`${t.url}/team`);
    await manager.locator(`[data-testid="team-row"][data-rep-id="${rep3}"]`).getByRole('button', { name: 'Move 张敏’s customers' }).click();
    await manager.getByTestId('rep-move-all').waitFor();
    await screenView(manager, 'manager-moves-team-menu-laptop');
    expect(await manager.getByTestId('team-table').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await manager.getByTestId('rep-release-all').click();
    await expect.poll(() => manager.getByTestId('release-target').textContent()).toBe('Every customer 张敏 holdsAt most 500 at a time.');
    await screenView(manager, 'manager-moves-team-release-laptop');
    await manager.getByRole('button', { name: 'Cancel' }).click();
    await phone.goto(`${t.url}/team`);
    await phone.getByTestId('team-cards').waitFor();
    await screenView(phone, 'manager-moves-team-phone');
    await phone.locator(`[data-testid="team-row"][data-rep-id="${rep3}"]`).getByTestId('rep-moves-button').click();
    await phone.getByTestId('rep-move-all').click();
    await expect.poll(() => phone.getByTestId('reassign-target').textContent()).toBe('Every customer 张敏 holdsAt most 500 at a time.');
    await screenView(phone, 'manager-moves-team-reassign-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  });
});

/** What is on screen, for dialogs and menus (a full-page capture stretches the page under their backdrop), once their transitions end. */
async function screenView(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

const total = async (page: Page) => Number(await page.getByTestId('customers-grid').getAttribute('data-total'));

async function companyOf(page: Page, id: string): Promise<string> {
  return (await page.locator(`.MuiDataGrid-row[data-id="${id}"] [data-field="companyName"]`).textContent())!.trim();
}

async function userId(t: TestServer, email: string): Promise<string> {
  const [row]: { id: number }[] = await t.dataSource.query('SELECT id FROM users WHERE email = $1', [email]);
  return String(row.id);
}

async function owners(t: TestServer, ids: string[]): Promise<string[]> {
  const rows: { email: string }[] = await t.dataSource.query(
    'SELECT u.email FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id WHERE c.id = ANY($1) ORDER BY c.id',
    [ids.map(Number)],
  );
  return rows.map((r) => r.email);
}
