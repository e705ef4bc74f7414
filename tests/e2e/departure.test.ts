import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { ARTIFACTS, VIEWPORTS, eventually, openSignedIn } from '../support/browser';

const NOTE = 'Leaves at the end of the month; North team takes over her accounts';

/**
 * A departure end to end, in Chromium: manager1 starts rep3's from the Team page, spread over rep1
 * and rep2 (all North team); it waits for approval; the admin approves it on /transfers and watches
 * it run; rep1 and rep2 see their new customers arrive without a reload.
 */
describe('a departure, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  it('lets manager1 start rep3’s departure over rep1 and rep2, the admin approve it, and both reps see their customers arrive live', { timeout: 240_000 }, async () => {
    const [rep1, rep2, rep3] = await Promise.all(['rep1@berth.dev', 'rep2@berth.dev', 'rep3@berth.dev'].map((email) => userByEmail(t, email)));
    const held = await heldBy(t, rep3.id);
    expect(held).toBeGreaterThan(0);

    // The receivers watch their own lists, one on a laptop, one on a phone.
    const rep1Page = await openSignedIn(browser, t.url, 'rep1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    const rep2Page = await openSignedIn(browser, t.url, 'rep2@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await eventually(() => total(rep1Page)).toBe(await heldBy(t, rep1.id));
    await eventually(() => total(rep2Page)).toBe(await heldBy(t, rep2.id));
    const before1 = await total(rep1Page);
    const before2 = await total(rep2Page);

    // On a phone the dialog takes the whole screen; manager1 looks, then cancels.
    const managerPhone = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await openDeparture(managerPhone, rep3.id);
    await chooseRep(managerPhone, rep1.name);
    await eventually(() => managerPhone.getByTestId('transfer-receiver').count()).toBe(1);
    await screenView(managerPhone, 'departure-dialog-phone');
    expect(await managerPhone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await managerPhone.getByRole('button', { name: 'Cancel' }).click();

    // manager1 on a laptop: spread over rep1 and rep2, the preview says what moves and that it waits.
    const manager = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await openDeparture(manager, rep3.id);
    await expect.poll(() => manager.getByTestId('transfer-mode-SPREAD').locator('input').isChecked()).toBe(true);
    await chooseRep(manager, rep1.name);
    await chooseRep(manager, rep2.name);
    const preview = manager.getByTestId('transfer-preview');
    await eventually(() => manager.getByTestId('transfer-receiver').count()).toBe(2);
    await eventually(() => preview.getAttribute('data-state')).toBe('ready');
    expect(Number(await manager.getByTestId('transfer-count-customers').getAttribute('data-count'))).toBe(held);
    expect(await manager.getByTestId('transfer-preview-approval').getAttribute('data-needs-approval')).toBe('true');
    const shares = await manager.getByTestId('transfer-receiver').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-customers'))));
    expect(shares.reduce((a, b) => a + b, 0)).toBe(held);
    await manager.getByTestId('transfer-note').fill(NOTE);
    await screenView(manager, 'departure-dialog-laptop');
    await manager.getByTestId('transfer-submit').click();

    const created = manager.getByTestId('transfer-created');
    await eventually(() => created.getAttribute('data-status')).toBe('PENDING');
    const requestId = (await created.getAttribute('data-request-id'))!;
    await screenView(manager, 'departure-pending-dialog-laptop');
    expect(await heldBy(t, rep3.id)).toBe(held);

    // The admin finds it waiting for their approval, on a laptop and on a phone.
    const admin = await openSignedIn(browser, t.url, 'admin@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await admin.goto(`${t.url}/transfers`);
    const row = admin.locator(`[data-testid="transfer-row"][data-request-id="${requestId}"]`);
    await eventually(() => row.getAttribute('data-status')).toBe('PENDING');
    await admin.getByTestId('transfers-waiting-for-me').click();
    await eventually(() => admin.getByTestId('transfers-waiting-for-me').isChecked()).toBe(true);
    await eventually(() => admin.getByTestId('transfer-row').evaluateAll((els) => els.every((e) => e.getAttribute('data-can-decide') === 'true'))).toBe(true);
    expect(await row.getAttribute('data-can-decide')).toBe('true');
    await screenView(admin, 'departure-pending-list-laptop');
    // Back to every request: once decided, it is no longer waiting for the admin.
    await admin.getByTestId('transfers-waiting-for-me').click();
    await eventually(() => admin.getByTestId('transfers-waiting-for-me').isChecked()).toBe(false);

    const adminPhone = await openSignedIn(browser, t.url, 'admin@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await adminPhone.goto(`${t.url}/transfers?id=${requestId}`);
    await eventually(() => adminPhone.getByTestId('transfer-detail').getAttribute('data-status')).toBe('PENDING');
    await adminPhone.getByTestId('transfer-approve').waitFor();
    await screenView(adminPhone, 'departure-pending-phone');
    expect(await adminPhone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await adminPhone.getByTestId('transfer-decision-comment').fill('Approved: customers stay in the North team');
    await adminPhone.getByTestId('transfer-approve').scrollIntoViewIfNeeded();
    await screenView(adminPhone, 'departure-approval-phone');

    // The admin opens it, reads the snapshot and approves with a comment.
    await row.click();
    const detail = admin.getByTestId('transfer-detail');
    await eventually(() => detail.getAttribute('data-status')).toBe('PENDING');
    expect(await detail.getByTestId('transfer-note-text').textContent()).toBe(NOTE);
    expect(await detail.getByTestId('transfer-receiver').count()).toBe(2);
    await detail.getByTestId('transfer-decision-comment').fill('Approved: customers stay in the North team');
    await screenView(admin, 'departure-approval-laptop');
    // Marks that a reload would wipe: every page below must change in place.
    for (const page of [admin, adminPhone, rep1Page, rep2Page]) await page.evaluate(() => Object.assign(window, { berthNoReload: true }));
    await detail.getByTestId('transfer-approve').click();

    // The bar moves live on the admin's page (no reload) until every customer has its outcome.
    const progress = detail.getByTestId('transfer-progress');
    await eventually(() => progress.getAttribute('data-status')).toBe('DONE');
    expect(Number(await progress.getAttribute('data-done'))).toBe(held);
    const moved = Number(await progress.getAttribute('data-moved'));
    expect(moved + Number(await progress.getAttribute('data-failed'))).toBe(held);
    await eventually(() => detail.getAttribute('data-status')).toBe('DONE');
    await eventually(() => row.getAttribute('data-status')).toBe('DONE');
    await screenView(admin, 'departure-finished-laptop');

    // The phone that showed it waiting follows it to the end as well.
    await eventually(() => adminPhone.getByTestId('transfer-detail').getAttribute('data-status')).toBe('DONE');
    await adminPhone.getByTestId('transfer-progress').waitFor();
    await screenView(adminPhone, 'departure-finished-phone');

    // rep1 and rep2 see their new customers arrive, without a reload.
    await eventually(async () => (await total(rep1Page)) + (await total(rep2Page))).toBe(before1 + before2 + moved);
    expect(await total(rep1Page)).toBeGreaterThan(before1);
    expect(await total(rep2Page)).toBeGreaterThan(before2);
    expect(await total(rep1Page)).toBe(await heldBy(t, rep1.id));
    expect(await total(rep2Page)).toBe(await heldBy(t, rep2.id));
    expect(await heldBy(t, rep3.id)).toBe(held - moved);
    for (const page of [admin, adminPhone, rep1Page, rep2Page]) expect(await page.evaluate(() => 'berthNoReload' in window)).toBe(true);
  });

  // rep7 (South) is needed by no other test in this file: once disabled they can no longer sign in.
  it('lets the admin disable rep7 from the Team page, go on to their departure over rep5 and rep6, start it without approval and see it finish', { timeout: 240_000 }, async () => {
    const [rep5, rep6, rep7] = await Promise.all(['rep5@berth.dev', 'rep6@berth.dev', 'rep7@berth.dev'].map((email) => userByEmail(t, email)));
    const held = await heldBy(t, rep7.id);
    expect(held).toBeGreaterThan(0);

    // On a phone the admin opens the dialog, looks, and cancels: nothing is disabled.
    const adminPhone = await openSignedIn(browser, t.url, 'admin@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    const phoneDialog = await openDisable(adminPhone, rep7.id);
    expect(await phoneDialog.getByTestId('disable-explain').textContent()).toBe(`${rep7.name} can no longer sign in; their open sessions end at once.`);
    expect(await phoneDialog.getByTestId('disable-holdings').textContent()).toBe(`They hold ${held} customers.`);
    expect(await phoneDialog.getByTestId('disable-then-departure').isChecked()).toBe(true);
    await screenView(adminPhone, 'disable-dialog-phone');
    expect(await adminPhone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await adminPhone.getByRole('button', { name: 'Cancel' }).click();
    await phoneDialog.waitFor({ state: 'detached' });
    expect(await isDisabled(t, rep7.id)).toBe(false);

    // On a laptop the admin disables rep7 and, the option left on, is offered the departure.
    const admin = await openSignedIn(browser, t.url, 'admin@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await openDisable(admin, rep7.id);
    await screenView(admin, 'disable-dialog-laptop');
    await admin.getByTestId('disable-submit').click();
    await admin.getByTestId('transfer-dialog').waitFor();
    expect(await isDisabled(t, rep7.id)).toBe(true);
    const rep7Row = admin.locator(`[data-testid="team-row"][data-rep-id="${rep7.id}"]`);
    expect(await rep7Row.getByTestId('rep-disabled-chip').textContent()).toBe('Disabled');
    expect(await admin.getByTestId('transfer-target').textContent()).toBe(`Every customer ${rep7.name} holds moves, with its contacts and follow-ups.`);

    // On the phone, once the Team page reads again, rep7's card says Disabled and the menu offers Enable instead.
    await adminPhone.reload();
    const rep7Card = adminPhone.locator(`[data-testid="team-row"][data-rep-id="${rep7.id}"]`);
    await eventually(() => rep7Card.getByTestId('rep-disabled-chip').count()).toBe(1);
    await rep7Card.scrollIntoViewIfNeeded();
    await rep7Card.getByTestId('rep-moves-button').click();
    await adminPhone.getByTestId('rep-enable').waitFor();
    expect(await adminPhone.getByTestId('rep-disable').count()).toBe(0);
    await screenView(adminPhone, 'disabled-rep-menu-phone');
    await adminPhone.keyboard.press('Escape');

    // Spread over rep5 and rep6: an admin's departure needs no approval and starts at once.
    await chooseRep(admin, rep5.name);
    await chooseRep(admin, rep6.name);
    await eventually(() => admin.getByTestId('transfer-preview').getAttribute('data-state')).toBe('ready');
    expect(Number(await admin.getByTestId('transfer-count-customers').getAttribute('data-count'))).toBe(held);
    expect(await admin.getByTestId('transfer-preview-approval').getAttribute('data-needs-approval')).toBe('false');
    await admin.getByTestId('transfer-note').fill('Account disabled: rep7 has left; South team takes over');
    await admin.getByTestId('transfer-submit').click();
    const created = admin.getByTestId('transfer-created');
    await created.waitFor();
    expect(await created.getAttribute('data-status')).not.toBe('PENDING');
    const progress = created.getByTestId('transfer-progress');
    await eventually(() => progress.getAttribute('data-status')).toBe('DONE');
    expect(Number(await progress.getAttribute('data-done'))).toBe(held);
    const moved = Number(await progress.getAttribute('data-moved'));
    expect(moved + Number(await progress.getAttribute('data-failed'))).toBe(held);
    await screenView(admin, 'disable-departure-finished-laptop');
    expect(await heldBy(t, rep7.id)).toBe(held - moved);

    // Once closed, the Team page shows rep7 as disabled while they still hold customers, and drops them when they hold none.
    await admin.getByTestId('transfer-done').click();
    if (held - moved > 0) await eventually(() => rep7Row.getByTestId('rep-disabled-chip').count()).toBe(1);
    else await eventually(() => rep7Row.count()).toBe(0);
  });
});

/** What is on screen, for dialogs and drawers (a full-page capture stretches the page under their backdrop), once their transitions end. */
async function screenView(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

const total = async (page: Page) => Number(await page.getByTestId('customers-grid').getAttribute('data-total'));

async function userByEmail(t: TestServer, email: string): Promise<{ id: string; name: string }> {
  const [row] = await t.dataSource.query('SELECT id::text AS id, name FROM users WHERE email = $1', [email]);
  return row;
}

async function heldBy(t: TestServer, userId: string): Promise<number> {
  const [row] = await t.dataSource.query('SELECT count(*)::int AS n FROM customer_ownership WHERE owner_id = $1', [userId]);
  return row.n;
}

async function openDeparture(page: Page, repId: string) {
  await page.goto(page.url().replace(/\/[^/]*$/, '/team'));
  const row = page.locator(`[data-testid="team-row"][data-rep-id="${repId}"]`);
  await row.getByTestId('rep-moves-button').click();
  await page.getByTestId('rep-start-departure').click();
  await page.getByTestId('transfer-dialog').waitFor();
}

/** Opens the admin's Disable account… dialog for a rep on the Team page. */
async function openDisable(page: Page, repId: string) {
  await page.goto(page.url().replace(/\/[^/]*$/, '/team'));
  const row = page.locator(`[data-testid="team-row"][data-rep-id="${repId}"]`);
  await row.getByTestId('rep-moves-button').click();
  await page.getByTestId('rep-disable').click();
  const dialog = page.getByTestId('disable-dialog');
  await dialog.waitFor();
  return dialog;
}

async function isDisabled(t: TestServer, userId: string): Promise<boolean> {
  const [row] = await t.dataSource.query('SELECT disabled FROM users WHERE id = $1', [userId]);
  return row.disabled;
}

async function chooseRep(page: Page, name: string) {
  await page.getByTestId('assign-reps').click();
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}
