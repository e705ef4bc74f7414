import type { DuplicateAction, DuplicateVerdict } from './duplicate-types';

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
