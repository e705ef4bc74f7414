import type { Logger } from '../../logger';
import { startRepeating } from '../../repeating';

/**
 * Every `seconds` on this instance, folds the running totals' pending deltas (one folder at a time
 * across instances; the others skip). Reads are exact whether or not this runs: it only keeps the
 * deltas a read adds up few.
 */
export function startAnalyticsFolder(analytics: { foldPending(): Promise<number> }, seconds: number, logger: Logger): () => void {
  return startRepeating(async () => void (await analytics.foldPending()), seconds, 'Folding the analytics totals', logger);
}
