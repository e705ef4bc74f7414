import type { Logger } from '../../logger';
import type { RecycleSweepService } from './recycle-sweep.service';

/**
 * Offers a sweep every `seconds` on this instance. Every instance may offer; the sweep's own
 * advisory lock lets one run at a time, so adding instances never recycles anything twice.
 */
export function startRecycleScheduler(sweeps: RecycleSweepService, seconds: number, logger: Logger): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await sweeps.sweep();
      if (result.recycled.length) logger.info(`Recycled ${result.recycled.length} customer(s) into the public pool.`);
    } catch (error) {
      logger.error(`The recycle sweep failed: ${(error as Error).message}`, error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), seconds * 1000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
