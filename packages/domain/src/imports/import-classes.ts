import type { FieldProblem } from '../errors';
import type { DuplicateKeys, DuplicateVerdict } from '../dedupe';

/**
 * What the pre-check makes of a row, by its row number. NEW: no customer like it; DUPLICATE_IN_FILE:
 * an earlier row of the file is the same company (same name, phone, email or website); MATCHES_POOL
 * and MATCHES_OWNED: Berth has it already, in the pool or with an owner (whose name and protection
 * are all a clash shows); INVALID: a field is wrong, and which.
 */
export const IMPORT_ROW_CLASSES = ['NEW', 'DUPLICATE_IN_FILE', 'MATCHES_POOL', 'MATCHES_OWNED', 'INVALID'] as const;
export type ImportRowClass = (typeof IMPORT_ROW_CLASSES)[number];

/** What the duplicate check found for a row: its verdict and whether the best match has an owner. */
export interface RowMatch {
  verdict: DuplicateVerdict;
  /** The best match's owner; null in the pool. Absent when the verdict is CLEAR. */
  owned?: boolean;
}

/**
 * A row's class. A wrong field comes first (the row cannot be saved as it is); then an earlier
 * row of the same file (the file's first card of a company stands for the group); then what
 * Berth has: any match the save's rules would warn about or block makes the row a match.
 */
export function classifyImportRow(row: { problems: readonly FieldProblem[]; earlierRow: number | null; match: RowMatch | null }): ImportRowClass {
  if (row.problems.length) return 'INVALID';
  if (row.earlierRow !== null) return 'DUPLICATE_IN_FILE';
  if (!row.match || row.match.verdict === 'CLEAR') return 'NEW';
  return row.match.owned ? 'MATCHES_OWNED' : 'MATCHES_POOL';
}

/** Rows per class, every class present (zero when none). */
export type ImportClassCounts = Record<ImportRowClass, number>;

export function emptyClassCounts(): ImportClassCounts {
  return Object.fromEntries(IMPORT_ROW_CLASSES.map((c) => [c, 0])) as ImportClassCounts;
}

/**
 * The keys two rows of one file are the same company by: its normalised name, phones, emails and
 * website domains (the contact's own numbers do not make two companies one, as on a save).
 */
export function fileKeysOf(keys: Pick<DuplicateKeys, 'name' | 'phones' | 'emails' | 'domains'>): string[] {
  return [
    ...(keys.name ? [`NAME:${keys.name}`] : []),
    ...keys.phones.map((k) => `PHONE:${k}`),
    ...keys.emails.map((k) => `EMAIL:${k}`),
    ...keys.domains.map((k) => `DOMAIN:${k}`),
  ];
}
