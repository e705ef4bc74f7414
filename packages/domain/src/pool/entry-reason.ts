import type { ProtectionClocks } from './protection-end';
import type { RecycleReason } from './recycle';

/**
 * Why a customer entered the pool, as data: the rules that fired and their day counts, or the
 * return reason's code with its label as the policy named it then and the rep's note. Kept with
 * the pool entry and the ownership event, so each viewer reads it in their own language; the
 * English text beside it (`entryReasonText`) is for API callers and logs.
 */
export type EntryReason = RecycledReason | ReturnedReason | ReleasedReason;
export interface RecycledReason {
  kind: 'RECYCLED';
  rules: RecycleReason[];
  followUpDays: number;
  noDealDays: number | null;
}
export interface ReturnedReason {
  kind: 'RETURNED';
  code: string;
  label: string;
  note: string | null;
}

/** A manager or admin put an owned customer back in the pool, saying why in their own words. */
export interface ReleasedReason {
  kind: 'RELEASED';
  note: string;
}

export function recycledReason(rules: readonly RecycleReason[], clocks: Pick<ProtectionClocks, 'followUpDays' | 'noDealDays'>): RecycledReason {
  const noDealDays = rules.includes('NO_DEAL') ? (clocks.noDealDays ?? null) : null;
  return { kind: 'RECYCLED', rules: [...rules], followUpDays: clocks.followUpDays, noDealDays };
}

export function returnedReason(code: string, label: string, note: string | null | undefined): ReturnedReason {
  return { kind: 'RETURNED', code, label, note: note?.trim() ? note.trim() : null };
}

export function releasedReason(note: string): ReleasedReason {
  return { kind: 'RELEASED', note: note.trim() };
}

/** "recycled: no valid follow-up for 30 days", "returned: Not a fit — moved to a distributor", "released: left the company". */
export function entryReasonText(reason: EntryReason): string {
  if (reason.kind === 'RELEASED') return `released: ${reason.note}`;
  if (reason.kind === 'RETURNED') return `returned: ${reason.label}${reason.note ? ` — ${reason.note}` : ''}`;
  const parts = reason.rules.map((rule) =>
    rule === 'NO_VALID_FOLLOW_UP' ? `no valid follow-up for ${days(reason.followUpDays)}` : `no won deal within ${days(reason.noDealDays ?? 0)}`,
  );
  return `recycled: ${parts.join(' and ')}`;
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}
