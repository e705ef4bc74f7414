import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { VIEWPORTS, eventually, openSignedIn, screenshot } from '../support/browser';
import { xlsxOf, type TestCell } from '../support/card-files';

const SOURCE = 'Canton Fair 2026';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// 27 companies no demo customer is like (the demo's names are English), each its own.
const CITIES = ['青岛', '宁波', '厦门', '苏州', '无锡', '佛山', '东莞', '温州', '泉州'];
const GOODS = ['阀门', '陶瓷', '灯具'];
const NEW_COMPANIES = CITIES.flatMap((city) => GOODS.map((goods) => `${city}${goods}有限公司`));

/**
 * Trade-show cards imported in Chromium, first part: manager1 uploads an .xlsx of 30 cards with
 * Chinese and English headers, accepts the guessed columns and maps one more, names the show,
 * follows the check live and reviews what it found — new cards, one repeated in the file, one
 * with a wrong email, one that a rep of the team already owns — at laptop and phone widths.
 */
describe('importing trade-show cards, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  it('uploads a card file, maps its columns, checks every row live and reviews the rows by class', async () => {
    // A customer of 李伟 (rep1, North team, under manager1), named exactly as Berth has it.
    const [owned]: { id: number; company_name: string }[] = await t.dataSource.query(
      `SELECT c.id, c.company_name FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id
        WHERE u.email = 'rep1@berth.dev' ORDER BY c.id LIMIT 1`,
    );
    const file = await xlsxOf(cardRows(owned.company_name));

    const laptop = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    await laptop.goto(`${t.url}/imports`);
    await laptop.getByTestId('import-upload').waitFor();
    expect(await laptop.getByTestId('import-template-link').getAttribute('href')).toBe('/api/imports/template.xlsx?lang=en');
    await screenshot(laptop, 'import-upload-laptop');

    await laptop.getByTestId('import-file-input').setInputFiles({ name: 'canton-fair-2026.xlsx', mimeType: XLSX, buffer: file });
    await laptop.waitForURL(/\/imports\/\d+$/);
    const id = new URL(laptop.url()).pathname.split('/').pop()!;

    // The columns as guessed from the headers, Chinese and English; the booth number becomes a tag.
    const columns = laptop.getByTestId('mapping-table').getByTestId('mapping-column');
    await eventually(() => columns.count()).toBe(6);
    expect(await columns.evaluateAll((els) => els.map((e) => e.getAttribute('data-field')))).toEqual(['companyName', 'contactName', 'contactTitle', 'contactMobile', 'email', '']);
    await laptop.getByTestId('mapping-select-5').selectOption('tags');
    await eventually(() => columns.nth(5).getAttribute('data-field')).toBe('tags');
    await laptop.getByTestId('import-source').fill(SOURCE);
    await laptop.getByTestId('import-source').blur();
    await laptop.evaluate(() => window.scrollTo(0, 0));
    await screenshot(laptop, 'import-mapping-laptop');

    // On a phone the same step is a card per column.
    const phone = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.phone);
    await phone.goto(`${t.url}/imports`);
    await phone.getByTestId('import-upload').waitFor();
    await screenshot(phone, 'import-upload-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await phone.goto(`${t.url}/imports/${id}`);
    await eventually(() => phone.getByTestId('mapping-cards').getByTestId('mapping-column').count()).toBe(6);
    await screenshot(phone, 'import-mapping-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);

    // Check rows: the bar follows the check to the end, then the review shows what it found.
    await laptop.getByTestId('check-rows').click();
    // The server takes it first (a failure here is the request's, not the page's).
    await eventually(async () => (await t.dataSource.query('SELECT status FROM import_jobs WHERE id = $1', [Number(id)]))[0].status).not.toBe('UPLOADED');
    const progress = laptop.getByTestId('import-check-progress');
    await progress.waitFor();
    await eventually(() => progress.getAttribute('data-status')).toBe('CHECKED');
    expect(await laptop.getByTestId('import-check-line').textContent()).toBe('30 of 30 rows checked');
    await laptop.getByTestId('import-review').waitFor();
    expect(await laptop.getByTestId('import-facts').textContent()).toContain(`source: ${SOURCE}`);
    const counts = Object.fromEntries(
      await Promise.all(['NEW', 'DUPLICATE_IN_FILE', 'MATCHES_POOL', 'MATCHES_OWNED', 'INVALID'].map(async (c) => [c, await laptop.getByTestId(`import-class-${c}`).getAttribute('data-count')])),
    );
    expect(counts).toEqual({ NEW: '27', DUPLICATE_IN_FILE: '1', MATCHES_POOL: '0', MATCHES_OWNED: '1', INVALID: '1' });
    await eventually(() => laptop.getByTestId('import-review-row').count()).toBe(27);

    const rowsOf = async (rowClass: string) => {
      await laptop.getByTestId(`import-class-${rowClass}`).click();
      await eventually(() => laptop.getByTestId('import-rows').getAttribute('data-class')).toBe(rowClass);
      return laptop.getByTestId('import-review-row');
    };
    const duplicate = await rowsOf('DUPLICATE_IN_FILE');
    expect(await duplicate.getByTestId('import-row-why').allTextContents()).toEqual(['Same company as row 2']);
    const invalid = await rowsOf('INVALID');
    expect(await invalid.getByTestId('import-row-problem').allTextContents()).toEqual(['Email is not a valid email address']);
    const matching = await rowsOf('MATCHES_OWNED');
    expect(await matching.getByTestId('import-row-company').textContent()).toBe(owned.company_name);
    expect(await matching.getByTestId('import-row-why').textContent()).toMatch(
      new RegExp(`^Owned by 李伟 \\(North team\\)( · .+)? · matched "${escape(owned.company_name)}"$`),
    );
    expect(await matching.getByTestId('import-row-link').getAttribute('href')).toBe(`/customers/${owned.id}`);
    await settled(laptop);
    await screenshot(laptop, 'import-review-laptop');

    // The same review on the phone fits its width.
    await phone.goto(`${t.url}/imports/${id}`);
    await phone.getByTestId('import-review').waitFor();
    await phone.getByTestId('import-class-INVALID').click();
    await eventually(() => phone.getByTestId('import-rows').getAttribute('data-class')).toBe('INVALID');
    await settled(phone);
    await screenshot(phone, 'import-review-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);

    // The recent imports list it, checked, and it opens from there.
    await laptop.goto(`${t.url}/imports`);
    const listed = laptop.locator(`[data-testid="import-row"][data-import-id="${id}"]`);
    await eventually(() => listed.getAttribute('data-status')).toBe('CHECKED');
    expect(await listed.getByTestId('import-row-meta').textContent()).toMatch(/^30 rows · Morgan North · /);
    await screenshot(laptop, 'import-list-laptop');
    await listed.click();
    await laptop.waitForURL(new RegExp(`/imports/${id}$`));
    await laptop.getByTestId('import-review').waitFor();

    const [job]: { status: string; source: string; mapping: (string | null)[] }[] = await t.dataSource.query('SELECT status, source, mapping FROM import_jobs WHERE id = $1', [Number(id)]);
    expect(job).toEqual({ status: 'CHECKED', source: SOURCE, mapping: ['companyName', 'contactName', 'contactTitle', 'contactMobile', 'email', 'tags'] });
  });
});

/** The header, then 30 cards: 27 new companies with one repeated (row 31 is row 2's company), one wrong email, and the demo customer. */
function cardRows(ownedCompany: string): TestCell[][] {
  const card = (company: string, i: number, email = `buyer${i}@fair-buyer-${i}.cn`): TestCell[] => [
    company,
    `Buyer ${i}`,
    i % 2 ? '采购经理' : 'Purchasing manager',
    `+86 138 0013 ${String(8000 + i)}`,
    email,
    `A-${i}`,
  ];
  return [
    ['公司名称', 'Contact', '职位', '手机', 'E-mail', 'Booth'],
    ...NEW_COMPANIES.slice(0, 13).map((company, i) => card(company, i + 1)),
    card(ownedCompany, 14),
    ...NEW_COMPANIES.slice(13, 20).map((company, i) => card(company, i + 15)),
    card('淄博玻璃制品厂', 22, 'not-an-email'),
    ...NEW_COMPANIES.slice(20).map((company, i) => card(company, i + 23)),
    card(NEW_COMPANIES[0], 30),
  ];
}

/** For a screenshot only: the chips' colour transitions end (nothing the test checks waits for this). */
async function settled(page: Page) {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
