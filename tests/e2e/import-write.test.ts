import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { DEFAULT_POOL_POLICY } from '@berth/domain';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { VIEWPORTS, eventually, openSignedIn, screenshot } from '../support/browser';
import { unlikeCompanyNames, xlsxOf, type TestCell } from '../support/card-files';

const CARDS = 800;
const SHOW = 'Canton Fair 2026 Autumn';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Long enough for a busy machine to check and write 800 rows; nothing waits for time itself. */
const LONG = { timeout: 180_000, interval: 250 };

/**
 * Trade-show cards imported in Chromium, second part, as the user's story tells it: manager1 imports
 * 800 cards from a 3-day trade show into the pool, watches the write, downloads the result file,
 * then gives the East China cards to 李伟 and the North China cards to Emma Novak from the pool in
 * two moves, while both reps watch their customer lists (a laptop and a phone) and see them arrive.
 */
describe('importing 800 cards into the pool and handing them out by region, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  it('imports, reports every row, and the regions reach their reps live', { timeout: 600_000 }, async () => {
    // Room for 400 more each: the demo's cap of 200 would rightly stop the hand-out half way.
    const [admin] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'admin@berth.dev'`);
    await t.server.services.policies.update({ userId: admin.id, role: 'ADMIN', departmentPath: null }, { ...DEFAULT_POOL_POLICY, holdingCap: 1000 });
    const names = unlikeCompanyNames(CARDS, 2026);

    const manager = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await manager.goto(`${t.url}/imports`);
    await manager.getByTestId('import-upload').waitFor();
    await manager.getByTestId('import-file-input').setInputFiles({ name: 'canton-fair-autumn.xlsx', mimeType: XLSX, buffer: await xlsxOf(cardRows(names)) });
    await manager.waitForURL(/\/imports\/\d+$/);
    const id = new URL(manager.url()).pathname.split('/').pop()!;
    const columns = manager.getByTestId('mapping-table').getByTestId('mapping-column');
    await eventually(() => columns.count()).toBe(5);
    expect(await columns.evaluateAll((els) => els.map((e) => e.getAttribute('data-field')))).toEqual(['companyName', 'contactName', 'contactMobile', 'region', 'industry']);
    await manager.getByTestId('import-source').fill(SHOW);
    await manager.getByTestId('check-rows').click();
    await expect.poll(() => manager.getByTestId('import-check-progress').getAttribute('data-status'), LONG).toBe('CHECKED');

    // The Import step: new cards into the pool (the defaults), then the write, followed live.
    const commit = manager.getByTestId('import-commit');
    await commit.waitFor();
    expect(await manager.getByTestId('import-choice-NEW').getAttribute('data-count')).toBe(String(CARDS));
    await screenshot(manager, 'import-commit-laptop');
    await manager.getByTestId('import-commit-submit').click();
    const progress = manager.getByTestId('import-write-progress');
    const outcomes = manager.getByTestId('import-outcomes');
    // Caught part way when the machine lets it be (a fast write may be over first; nothing depends on it).
    const underWay = async () => (await outcomes.isVisible()) || ((await progress.isVisible()) && Number(await progress.getAttribute('data-done')) > 0);
    await expect.poll(underWay, LONG).toBe(true);
    if (await progress.isVisible()) await screenshot(manager, 'import-write-progress-laptop');
    await outcomes.waitFor({ timeout: LONG.timeout });
    expect(await manager.getByTestId('import-outcome-CREATED').getAttribute('data-count')).toBe(String(CARDS));
    await screenshot(manager, 'import-outcomes-laptop');

    // The result file: every row as uploaded, with its outcome.
    const [download] = await Promise.all([manager.waitForEvent('download'), manager.getByTestId('import-result-xlsx').click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(await download.createReadStream());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'Row', '公司名称', '联系人', '手机', '地区', '行业', 'Outcome', 'Reason']);
    expect(sheet.actualRowCount).toBe(CARDS + 1);
    const outcomesInFile = new Set<unknown>();
    sheet.eachRow((row, n) => n > 1 && outcomesInFile.add(row.getCell(7).value));
    expect([...outcomesInFile]).toEqual(['Created']);

    // The reps watch their lists: 李伟 on a laptop, Emma Novak on a phone.
    const li = await openSignedIn(browser, t.url, 'rep1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    const emma = await openSignedIn(browser, t.url, 'rep2@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    for (const rep of [li, emma]) {
      await rep.goto(`${t.url}/customers`);
      await eventually(async () => total(rep)).toBeGreaterThan(0);
    }
    const liBefore = await total(li);
    const emmaBefore = await total(emma);

    // In the pool: the show's East China cards to 李伟, then its North China cards to Emma Novak.
    await manager.goto(`${t.url}/pool`);
    await eventually(async () => poolTotal(manager)).toBeGreaterThan(CARDS - 1);
    await choose(manager, /Source/, SHOW);
    await eventually(async () => poolTotal(manager)).toBe(CARDS);
    for (const [region, rep, repPage, before] of [
      ['East China', '李伟', li, liBefore],
      ['North China', 'Emma Novak', emma, emmaBefore],
    ] as const) {
      await choose(manager, /Region/, region);
      await eventually(async () => poolTotal(manager)).toBe(CARDS / 2);
      await manager.getByTestId('assign-matching').click();
      await manager.getByTestId('assign-reps').click();
      await manager.getByRole('option', { name: new RegExp(`^${rep}`) }).click();
      await manager.getByTestId('assign-submit').click();
      await expect.poll(() => manager.getByTestId('assign-result').count(), LONG).toBe(CARDS / 2);
      expect(await manager.getByTestId('assign-result').evaluateAll((els) => els.every((e) => e.getAttribute('data-ok') === 'true'))).toBe(true);
      await manager.getByTestId('assign-done').click();
      // The rep's list grows without a reload.
      await expect.poll(async () => total(repPage), LONG).toBe(before + CARDS / 2);
    }
    await screenshot(li, 'import-arrived-rep-laptop');
    await screenshot(emma, 'import-arrived-rep-phone');
    expect(await emma.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);

    // The import's page on a phone, after the fact: outcomes and the files, within its width.
    const phone = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await phone.goto(`${t.url}/imports/${id}`);
    await phone.getByTestId('import-outcomes').waitFor();
    await screenshot(phone, 'import-outcomes-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);

    const owners: { email: string; region: string; n: number }[] = await t.dataSource.query(
      `SELECT u.email, g.name AS region, count(*)::int AS n FROM import_rows r JOIN customers c ON c.id = r.customer_id
         JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id JOIN regions g ON g.id = c.region_id
        WHERE r.job_id = $1 GROUP BY 1, 2 ORDER BY 1`,
      [Number(id)],
    );
    expect(owners).toEqual([
      { email: 'rep1@berth.dev', region: 'East China', n: CARDS / 2 },
      { email: 'rep2@berth.dev', region: 'North China', n: CARDS / 2 },
    ]);
  });
});

/** The header (Chinese, as the show's scanner wrote it), then a card per company, East and North China in turn. */
function cardRows(names: string[]): TestCell[][] {
  return [
    ['公司名称', '联系人', '手机', '地区', '行业'],
    ...names.map((name, i): TestCell[] => [name, `Visitor ${i + 1}`, `+86 139 ${String(10_000_000 + i).slice(0, 4)} ${String(10_000_000 + i).slice(4)}`, i % 2 ? 'North China' : 'East China', 'Machinery']),
  ];
}

const total = async (page: Page) => Number(await page.getByTestId('customers-grid').getAttribute('data-total'));
const poolTotal = async (page: Page) => Number(await page.getByTestId('pool-list').getAttribute('data-total'));

/** Picks a value in one of the pool's filter menus (on a laptop they sit above the list). */
async function choose(page: Page, label: RegExp, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.locator('.MuiPopover-root').waitFor({ state: 'detached' });
}
