import type { DuplicateAction, DuplicateDimension, DuplicateVerdict, MatchMethod } from './duplicate-types';

export const DIMENSION_LABELS: Record<DuplicateDimension, string> = {
  NAME: 'Company name',
  EMAIL: 'Email',
  PHONE: 'Phone',
  DOMAIN: 'Domain',
};

/** Lower-case, for running text: "matches … on name, phone". */
export const DIMENSION_WORDS: Record<DuplicateDimension, string> = {
  NAME: 'name',
  EMAIL: 'email',
  PHONE: 'phone',
  DOMAIN: 'domain',
};

export const METHOD_LABELS: Record<MatchMethod, string> = {
  EXACT: 'Exact',
  SIMILAR: 'Similar',
};

export const ACTION_LABELS: Record<DuplicateAction, string> = {
  WARN: 'Warn',
  BLOCK: 'Block',
};

/** Palette colours: a block is an error, a warning is amber, a clear check is quiet. */
export const VERDICT_COLORS: Record<DuplicateVerdict, 'error' | 'warning' | 'success'> = {
  BLOCK: 'error',
  WARN: 'warning',
  CLEAR: 'success',
};

export const ACTION_COLORS: Record<DuplicateAction, 'error' | 'warning'> = {
  BLOCK: 'error',
  WARN: 'warning',
};
