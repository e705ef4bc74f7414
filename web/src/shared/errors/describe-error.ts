import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isErrorCode, type ErrorCode, type FieldProblem } from '@berth/domain';
import { englishT } from '../../i18n/i18n';
import type { Translate } from '../../i18n/translator';

/** Failures that never reach the server get codes of their own, outside the shared table. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNKNOWN';

/** The refusals of a customer save that a form answers in its duplicate panel. */
export const DUPLICATE_ERROR_CODES = ['DUPLICATE_CUSTOMER', 'DUPLICATE_NEEDS_ACKNOWLEDGEMENT'] as const satisfies readonly ErrorCode[];
export type DuplicateErrorCode = (typeof DUPLICATE_ERROR_CODES)[number];

export function isDuplicateErrorCode(code: unknown): code is DuplicateErrorCode {
  return DUPLICATE_ERROR_CODES.includes(code as DuplicateErrorCode);
}

export interface DescribedError {
  code: ErrorCode | ClientErrorCode;
  /** What the user is told. */
  message: string;
  /** BAD_USER_INPUT's per-field problems, with paths relative to the input object. */
  fields: FieldProblem[];
  /**
   * DUPLICATE_CUSTOMER / DUPLICATE_NEEDS_ACKNOWLEDGEMENT carry the matches the server found
   * (`extensions.duplicates`, shaped like `checkDuplicates`); left raw for the duplicates feature to read.
   */
  duplicates?: unknown;
}


/**
 * Turns anything Apollo can throw into one shape. Messages come from the catalogue by code (the
 * shared code table's keys), in the viewer's language, never from the server's text, which is
 * written for developers and may name internals.
 */
export function describeError(error: unknown, t: Translate = englishT): DescribedError {
  const message = (code: ErrorCode | ClientErrorCode) => t(`error.${code}`);
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors.find((e) => isErrorCode(e.extensions?.code)) ?? error.errors[0];
    const code = first?.extensions?.code;
    if (isErrorCode(code)) {
      const described: DescribedError = { code, message: message(code), fields: readFieldProblems(first?.extensions?.fields) };
      if (isDuplicateErrorCode(code)) described.duplicates = first?.extensions?.duplicates;
      return described;
    }
    return { code: 'UNKNOWN', message: message('UNKNOWN'), fields: [] };
  }
  if (ServerError.is(error) && error.statusCode === 401) {
    return { code: 'UNAUTHENTICATED', message: message('UNAUTHENTICATED'), fields: [] };
  }
  if (error instanceof TypeError || ServerError.is(error)) {
    return { code: 'NETWORK_ERROR', message: message('NETWORK_ERROR'), fields: [] };
  }
  return { code: 'UNKNOWN', message: message('UNKNOWN'), fields: [] };
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return describeError(error).code === code;
}

/**
 * Problems a form answers in place, beside its fields or in its duplicate panel, instead of in
 * the snackbar: BAD_USER_INPUT with field paths, and the duplicate refusals.
 */
export function isFormProblem(described: DescribedError): boolean {
  return described.fields.length > 0 || isDuplicateErrorCode(described.code);
}

/** Paths arrive as `companyName`, `tags.2` or `input.email`; forms know them without the `input.`. */
function readFieldProblems(raw: unknown): FieldProblem[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((p): p is FieldProblem => typeof p?.field === 'string' && typeof p?.message === 'string')
    .map(({ field, message, rule, params }) => ({ field: field.replace(/^input\./, ''), message, ...(rule ? { rule, params } : {}) }));
}
