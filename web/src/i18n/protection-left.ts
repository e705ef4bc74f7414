const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What is left of a protection period, in the largest unit a rep scans for; null when there is no end. */
export type ProtectionLeft = { ended: true } | { ended: false; amount: number; unit: 'day' | 'h' | 'min' };

/**
 * Whole days while there are any, then hours, then minutes. Rounded down, so the promise never
 * runs past the real end; at least one minute until the very end.
 */
export function protectionLeft(protectedUntil: string | null | undefined, now: Date): ProtectionLeft | null {
  if (!protectedUntil) return null;
  const end = new Date(protectedUntil).getTime();
  if (Number.isNaN(end)) return null;
  const left = end - now.getTime();
  if (left <= 0) return { ended: true };
  if (left >= DAY) return { ended: false, amount: Math.floor(left / DAY), unit: 'day' };
  if (left >= HOUR) return { ended: false, amount: Math.floor(left / HOUR), unit: 'h' };
  return { ended: false, amount: Math.max(1, Math.floor(left / MINUTE)), unit: 'min' };
}
