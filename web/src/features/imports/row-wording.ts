import type { FieldRule } from '@berth/domain';
import type { Translate } from '../../i18n/translator';
import { phraseProblem } from '../../shared/forms/field-errors';
import { fieldLabel } from './import-labels';
import type { ImportField, ImportProblem, ImportRow } from './import-types';

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A row's problem as a sentence about its field: "Contact email is not a valid email address" / "联系人邮箱不是有效的邮箱地址". */
export function problemText(problem: ImportProblem, t: Translate): string {
  const params = Object.fromEntries(problem.params.map((p) => [p.name, NUMBER.test(p.value) ? Number(p.value) : p.value]));
  return phraseProblem(fieldLabel(problem.field, t), { message: problem.message, rule: (problem.rule ?? undefined) as FieldRule | undefined, params }, t);
}

/** The cell of the column mapped to `field`, trimmed; null when no column fills it or the cell is blank. */
export function cellOf(row: Pick<ImportRow, 'cells'>, mapping: readonly (ImportField | null)[], field: ImportField): string | null {
  const index = mapping.indexOf(field);
  const value = index < 0 ? null : row.cells[index]?.trim();
  return value ? value : null;
}

/** Who the card is: the contact's name, and their title when the file has one. */
export function contactOf(row: Pick<ImportRow, 'cells'>, mapping: readonly (ImportField | null)[]): string | null {
  const parts = [cellOf(row, mapping, 'contactName'), cellOf(row, mapping, 'contactTitle')].filter((p): p is string => p !== null);
  return parts.length ? parts.join(' · ') : null;
}
