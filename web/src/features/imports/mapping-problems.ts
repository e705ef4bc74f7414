import { columnMappingProblems, fieldProblem, IMPORT_LIMITS, type FieldProblem } from '@berth/domain';
import type { Translate } from '../../i18n/translator';
import { phraseProblem } from '../../shared/forms/field-errors';
import { fieldLabel } from './import-labels';
import type { ImportField } from './import-types';

/** What is wrong with a mapping and its source, placed as the mapping step shows it. */
export interface MappingErrors {
  /** About the mapping as a whole ("Choose which column holds the company name") or nothing on screen. */
  general: string[];
  /** By column index: the column's own problem, e.g. a field chosen twice. */
  columns: Record<number, string>;
  source?: string;
}

const COLUMN_PATH = /^mapping\.(\d+)$/;

/** The problems the server would find, found before sending: the shared rules for mappings, and the source's length. */
export function mappingProblems(mapping: readonly (ImportField | null)[], columnCount: number, source: string): FieldProblem[] {
  const problems = columnMappingProblems(mapping, columnCount);
  if (source.trim().length > IMPORT_LIMITS.maxSourceLength) problems.push(fieldProblem('source', 'TOO_LONG', { max: IMPORT_LIMITS.maxSourceLength }));
  return problems;
}

/**
 * Problems, the browser's or the server's (BAD_USER_INPUT), in the viewer's words: a field chosen
 * twice beside the later column ("Phone is already chosen for another column"), the source under its
 * box, the rest above the columns. The first problem per place wins.
 */
export function mappingErrors(problems: readonly FieldProblem[], headers: readonly string[], t: Translate): MappingErrors {
  const errors: MappingErrors = { general: [], columns: {} };
  for (const problem of problems) {
    const column = COLUMN_PATH.exec(problem.field);
    if (column) {
      const index = Number(column[1]);
      if (errors.columns[index] !== undefined) continue;
      const value = problem.params?.value;
      errors.columns[index] =
        problem.rule === 'LISTED_TWICE' && typeof value === 'string'
          ? t('imports.mapping.listedTwice', { field: fieldLabel(value, t) })
          : phraseProblem(t('imports.mapping.column', { n: index + 1, header: headers[index] ?? '' }), problem, t);
    } else if (problem.field === 'source') {
      errors.source ??= phraseProblem(t('imports.source.label'), problem, t);
    } else {
      const message = phraseProblem(t('imports.mapping.columnsLabel'), problem, t);
      if (!errors.general.includes(message)) errors.general.push(message);
    }
  }
  return errors;
}

export function hasMappingErrors(errors: MappingErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.columns).length > 0 || errors.source !== undefined;
}
