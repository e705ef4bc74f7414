import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { VIEWPORTS, eventually, openSignedIn, screenshot } from '../support/browser';
import { gql } from '../support/graphql-client';
import { unlikeCompanyNames, uploadCardFile, xlsxOf } from '../support/card-files';

const CARDS = 20;
const START = `mutation($input: StartImportInput!) { startImport(input: $input) { id } }`;
const COMMIT = `mutation($input: CommitImportInput!) { commitImport(input: $input) { id } }`;
const CLAIM = `mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok } }`;
const HAN = /[\u4e00-\u9fff]/;

/**
 * Trade-show cards imported in Chromium, third part: manager1 works in Chinese. Twenty cards went
 * into the pool and 李伟 has claimed one of them; the bell tells manager1 the import is done, its
 * page offers the undo until its deadline, and the undo removes the nineteen nobody touched and
 * keeps the claimed one, saying why — at laptop and phone widths.
 */
describe('undoing an import, in Chinese, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  const tokenOf = async (email: string): Promise<string> =>
    (await gql(t.graphqlUrl, 'mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email, password: DEMO_PASSWORD } })).data.login.token;
  const statusOf = async (id: string): Promise<string> => (await t.dataSource.query('SELECT status FROM import_jobs WHERE id = $1', [Number(id)]))[0].status;

  it('tells the manager the import is done, and undoes it but for the customer a rep claimed', { timeout: 180_000 }, async () => {
    // The import itself, through the API (the browser tests before this one follow those steps on screen).
    const manager = await tokenOf('manager1@berth.dev');
    const rows = [['公司名称', '联系人', '手机'], ...unlikeCompanyNames(CARDS, 31).map((name, i) => [name, `访客 ${i + 1}`, `+86 139 0021 ${String(1000 + i)}`])];
    const up = await uploadCardFile(t.url, manager, await xlsxOf(rows), '广交会名片.xlsx');
    expect(up.status).toBe(201);
    const id = up.body.id!;
    expect((await gql(t.graphqlUrl, START, { input: { id, mapping: ['companyName', 'contactName', 'contactMobile'], source: '广交会 2026' } }, { token: manager })).errors).toBeUndefined();
    await eventually(() => statusOf(id)).toBe('CHECKED');
    const choices = { newRows: 'IMPORT', duplicateInFile: 'MERGE_CONTACT', matchesPool: 'FILL_BLANKS' };
    expect((await gql(t.graphqlUrl, COMMIT, { input: { id, choices, destination: { kind: 'POOL', userIds: [] } } }, { token: manager })).errors).toBeUndefined();
    await eventually(() => statusOf(id)).toBe('DONE');

    // 李伟 (rep1, in manager1's team) claims the third card's customer from the pool.
    const [claimed]: { customer_id: number }[] = await t.dataSource.query('SELECT customer_id FROM import_rows WHERE job_id = $1 AND row_number = 4', [Number(id)]);
    const claim = await gql(t.graphqlUrl, CLAIM, { ids: [String(claimed.customer_id)] }, { token: await tokenOf('rep1@berth.dev') });
    expect(claim.data.claimCustomers).toEqual([{ ok: true }]);

    const laptop = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await laptop.getByTestId('language-zh-CN').last().click();
    await eventually(() => laptop.locator('html').getAttribute('lang')).toBe('zh-CN');

    // The bell: one notice for the import, in Chinese, that opens it.
    await laptop.getByTestId('notifications-button').click();
    const notice = laptop.getByTestId('notifications-panel').locator('[data-testid="notification-item"][data-kind="IMPORT"]');
    await notice.waitFor();
    expect(await notice.getByTestId('import-notice').textContent()).toMatch(HAN);
    await eventually(() => laptop.locator('.MuiPopover-paper').evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
    await screenshot(laptop, 'import-notice-zh-laptop');
    await notice.click();
    await laptop.waitForURL(new RegExp(`/imports/${id}$`));

    // The offer, with its deadline; then the confirmation.
    const offer = laptop.getByTestId('import-undo');
    await offer.waitFor();
    expect(await laptop.getByTestId('import-undo-deadline').textContent()).toMatch(HAN);
    expect(await laptop.getByTestId('import-outcome-CREATED').getAttribute('data-count')).toBe(String(CARDS));
    await settled(laptop);
    await screenshot(laptop, 'import-undo-offer-zh-laptop');
    await laptop.getByTestId('undo-import').click();
    await laptop.getByTestId('undo-import-dialog').waitFor();
    await screenshot(laptop, 'import-undo-confirm-zh-laptop');
    await laptop.getByTestId('confirm-undo-import').click();

    // What the undo did: nineteen removed, the claimed one kept, and why.
    await laptop.getByTestId('import-undone').waitFor({ timeout: 60_000 });
    expect(await laptop.getByTestId('import-undone-REMOVED').getAttribute('data-count')).toBe(String(CARDS - 1));
    expect(await laptop.getByTestId('import-undone-KEPT').getAttribute('data-count')).toBe('1');
    const why = laptop.getByTestId('import-undone').getByTestId('import-row-why');
    await eventually(() => why.count()).toBe(1);
    expect(await why.getAttribute('data-undo')).toBe('MOVED_SINCE');
    expect(await why.textContent()).toMatch(HAN);
    await settled(laptop);
    await screenshot(laptop, 'import-undone-zh-laptop');
    expect(await statusOf(id)).toBe('UNDONE');
    const [{ left }] = await t.dataSource.query('SELECT count(*)::int AS left FROM import_rows r JOIN customers c ON c.id = r.customer_id WHERE r.job_id = $1', [Number(id)]);
    expect(left).toBe(1);

    // On a phone, manager1's language follows them, and the page fits its width.
    const phone = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await eventually(() => phone.locator('html').getAttribute('lang')).toBe('zh-CN');
    await phone.goto(`${t.url}/imports/${id}`);
    await phone.getByTestId('import-undone').waitFor();
    await eventually(() => phone.getByTestId('import-undone').getByTestId('import-row-why').count()).toBe(1);
    await settled(phone);
    await screenshot(phone, 'import-undone-zh-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  });
});

/** Waits until nothing on the page is loading, so the screenshot shows what the user sees. */
async function settled(page: Page) {
  await eventually(() => page.locator('[role="progressbar"]:not([aria-valuenow])').count()).toBe(0);
}
