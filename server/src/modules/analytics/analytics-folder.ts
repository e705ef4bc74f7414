import type { Logger } from '../../logger';

/**
 * Every `seconds` on this instance, folds the running totals' pending deltas (one folder at a time
 * across instances; the others skip). Reads are exact whether or not this runs: it only keeps the
 * deltas a read adds up few.
 */
export function startAnalyticsFolder(analytics: { foldPending(): Promise<number> }, seconds: number, logger: Logger): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await analytics.foldPending();
    } catch (error) {
      logger.error(`Folding the analytics totals failed: ${(error as Error).message}`, error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), seconds * 1000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
