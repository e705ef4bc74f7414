/** How fast an import is being written, and how long the rest would take at that pace. */
export interface WriteRate {
  rowsPerSecond: number;
  secondsLeft: number;
}

/**
 * The pace since the write started (rows done over the time since `importStartedAt`) and the rows
 * left at that pace. Null while there is no pace to tell: no start, no row written yet, or a clock
 * that reads before the start.
 */
export function writeRate(doneRows: number, totalRows: number, importStartedAt: string | null, now: Date): WriteRate | null {
  if (!importStartedAt || doneRows <= 0) return null;
  const seconds = (now.getTime() - new Date(importStartedAt).getTime()) / 1000;
  if (!(seconds > 0)) return null;
  const rowsPerSecond = doneRows / seconds;
  return { rowsPerSecond, secondsLeft: Math.max(0, totalRows - doneRows) / rowsPerSecond };
}
