import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportOutcome, ImportOutcomeReason, ImportRowClass } from '@berth/domain';
import type { ImportRowEntity } from './import-row.entity';

export type ResultLanguage = 'en' | 'zh';
export type ResultFormat = 'xlsx' | 'csv';

/**
 * The result file's own words. The dashboard says the same through its message catalogue; a file
 * leaves Berth, so it carries its words with it, in the language the user reads.
 */
const WORDS: Record<ResultLanguage, { row: string; outcome: string; reason: string; notWritten: string }> = {
  en: { row: 'Row', outcome: 'Outcome', reason: 'Reason', notWritten: 'Not written yet' },
  zh: { row: '行号', outcome: '结果', reason: '原因', notWritten: '尚未写入' },
};

const OUTCOMES: Record<ImportOutcome, Record<ResultLanguage, string>> = {
  CREATED: { en: 'Created', zh: '已新建' },
  FILLED: { en: 'Blank fields filled', zh: '已补全空白字段' },
  MERGED: { en: 'Contact added', zh: '已添加联系人' },
  SKIPPED: { en: 'Skipped', zh: '已跳过' },
  FAILED: { en: 'Failed', zh: '失败' },
  CANCELLED: { en: 'Cancelled', zh: '已取消' },
};

const REASONS: Record<ImportOutcomeReason, Record<ResultLanguage, string>> = {
  SKIPPED_BY_CHOICE: { en: 'You chose to skip rows like this', zh: '按您的选择跳过此类行' },
  OWNED_BY_SOMEONE: { en: 'Already in Berth, owned by a colleague', zh: '系统中已有此客户，且已有负责人' },
  INVALID_FIELDS: { en: 'A field is wrong', zh: '有字段不正确' },
  MATCHED_SINCE_CHECK: { en: 'A customer like it was saved after the check', zh: '检查后已有相同或相似客户保存' },
  LEFT_POOL_SINCE_CHECK: { en: 'The pool customer was claimed or assigned after the check', zh: '检查后该公海客户已被领取或分配' },
  NOTHING_TO_FILL: { en: 'The pool customer already had these fields', zh: '该公海客户已有这些字段' },
  NO_CONTACT_TO_MERGE: { en: 'Repeats an earlier row but names no contact', zh: '与前面的行重复，且没有联系人可添加' },
  EARLIER_ROW_NOT_IMPORTED: { en: 'The earlier row of this company was not imported', zh: '该公司较早的一行未被导入' },
  HOLDING_CAP_REACHED: { en: 'Every receiving rep is at their holding cap', zh: '所有接收人的持有客户数已达上限' },
  NO_RECEIVER: { en: 'No receiving rep can hold customers any more', zh: '没有可接收客户的销售' },
  CANCELLED: { en: 'The import was cancelled first', zh: '导入在此行之前已取消' },
  WRITE_FAILED: { en: 'Could not be written; try this row again', zh: '写入失败，请重试此行' },
};

const CLASSES: Record<ImportRowClass, Record<ResultLanguage, string>> = {
  NEW: { en: 'New', zh: '新客户' },
  DUPLICATE_IN_FILE: { en: 'Repeats an earlier row', zh: '与文件中前面的行重复' },
  MATCHES_POOL: { en: 'Matches a pool customer', zh: '与公海客户匹配' },
  MATCHES_OWNED: { en: 'Matches an owned customer', zh: '与已有负责人的客户匹配' },
  INVALID: { en: 'Invalid', zh: '无效' },
};

/** A row of the result file: its number, the cells as uploaded, then what became of it and why. */
export function resultLine(row: ImportRowEntity, columns: number, language: ResultLanguage): (string | number | null)[] {
  const cells = Array.from({ length: columns }, (_, i) => row.cells[i] ?? null);
  const outcome = row.outcome ? OUTCOMES[row.outcome][language] : `${WORDS[language].notWritten} (${CLASSES[row.class!][language]})`;
  const reasons = [row.outcomeReason ? REASONS[row.outcomeReason][language] : null, ...(row.problems ?? []).map((p) => `${p.field}: ${p.message}`)];
  return [row.rowNumber, ...cells, outcome, reasons.filter(Boolean).join('; ') || null];
}

export function resultHeader(headers: readonly string[], language: ResultLanguage): string[] {
  const words = WORDS[language];
  return [words.row, ...headers, words.outcome, words.reason];
}

/**
 * Writes the result file to `out` as rows arrive (an import holds up to 50,000 rows: neither the
 * workbook nor the CSV is built in memory first). CSV is UTF-8 with a byte order mark, which is
 * how Excel recognises UTF-8 and shows Chinese text.
 */
export async function writeResultFile(out: Writable, format: ResultFormat, header: string[], lines: AsyncIterable<(string | number | null)[]>): Promise<void> {
  if (format === 'csv') {
    const write = (text: string) => new Promise<void>((done, fail) => (out.write(text) ? done() : out.once('drain', done).once('error', fail)));
    await write('\ufeff' + csvLine(header));
    for await (const line of lines) await write(csvLine(line));
    out.end();
    return;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('Result');
  const head = sheet.addRow(header);
  head.font = { bold: true };
  head.commit();
  for await (const line of lines) sheet.addRow(line).commit();
  sheet.commit();
  await workbook.commit();
}

function csvLine(cells: readonly (string | number | null)[]): string {
  return cells.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : csvCell(c))).join(',') + '\r\n';
}

/**
 * A text cell as CSV. A cell a spreadsheet would run as a formula (=, @, or + and - not starting a
 * number, as "+86 21 5555 0101" does) is written with a leading apostrophe, so opening the file
 * never runs what a card file smuggled in.
 */
function csvCell(text: string): string {
  const safe = /^[=@\t\r]|^[+-][^\d\s(]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
