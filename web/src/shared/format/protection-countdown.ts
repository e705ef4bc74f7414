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

function amountText(left: { amount: number; unit: 'day' | 'h' | 'min' }): string {
  if (left.unit === 'day') return `${left.amount} ${left.amount === 1 ? 'day' : 'days'}`;
  return `${left.amount} ${left.unit}`;
}

/**
 * How long an owner's protection still runs, as a clause: "protected for 12 more days", then
 * "protection ends in 5 h" / "in 35 min" on the last day; null when there is no end to count towards.
 */
export function describeProtection(protectedUntil: string | null | undefined, now: Date): string | null {
  const left = protectionLeft(protectedUntil, now);
  if (!left) return null;
  if (left.ended) return 'protection has ended';
  if (left.unit === 'day') return `protected for ${left.amount} more ${left.amount === 1 ? 'day' : 'days'}`;
  return `protection ends in ${amountText(left)}`;
}

/** The same countdown, short: "12 days left", "5 h left", "35 min left"; null once ended or without an end. */
export function describeTimeLeft(protectedUntil: string | null | undefined, now: Date): string | null {
  const left = protectionLeft(protectedUntil, now);
  return left && !left.ended ? `${amountText(left)} left` : null;
}

/** The end as a predicate, for sentences that name the customer: "ends in 2 days", "ends in 5 h", "has ended". */
export function describeEnd(protectedUntil: string | null | undefined, now: Date): string | null {
  const left = protectionLeft(protectedUntil, now);
  if (!left) return null;
  return left.ended ? 'has ended' : `ends in ${amountText(left)}`;
}
