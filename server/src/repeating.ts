import type { Logger } from './logger';

/**
 * Runs `work` now and every `seconds` on this instance, never two runs at once (a slow run makes
 * the next ticks skip), logging a failure as `what` without stopping. Returns the stop function.
 */
export function startRepeating(work: () => Promise<void>, seconds: number, what: string, logger: Logger): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await work();
    } catch (error) {
      logger.error(`${what} failed: ${(error as Error).message}`, error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), seconds * 1000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
