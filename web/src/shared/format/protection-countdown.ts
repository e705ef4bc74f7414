const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long an owner's protection still runs, in the words a rep scans for: whole days while
 * there are any ("protected for 12 more days"), then hours, then minutes. Rounded down, so
 * the promise never runs past the real end; null when there is no end to count towards.
 */
export function describeProtection(protectedUntil: string | null | undefined, now: Date): string | null {
  if (!protectedUntil) return null;
  const end = new Date(protectedUntil).getTime();
  if (Number.isNaN(end)) return null;
  const left = end - now.getTime();
  if (left <= 0) return 'protection has ended';
  if (left >= DAY) {
    const days = Math.floor(left / DAY);
    return `protected for ${days} more ${days === 1 ? 'day' : 'days'}`;
  }
  if (left >= HOUR) return `protection ends in ${Math.floor(left / HOUR)} h`;
  return `protection ends in ${Math.max(1, Math.floor(left / MINUTE))} min`;
}
