import type { Logger } from '../../logger';
import { startRepeating } from '../../repeating';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import type { ReminderSweepService } from '../reminders/reminder-sweep.service';
import type { RecycleSweepService } from './recycle-sweep.service';

/**
 * Every `seconds` on this instance: finish re-deriving protection ends if a policy save could
 * not, recycle what is due, then remind owners whose protection is about to end. Every instance may run it; the sweeps' own locks (an advisory lock, SKIP
 * LOCKED rows and conditional updates) keep anything from happening twice across instances.
 */
export function startPoolScheduler(
  sweeps: { policies: PoolPolicyService; recycleSweep: RecycleSweepService; reminderSweep: ReminderSweepService },
  seconds: number,
  logger: Logger,
): () => void {
  return startRepeating(
    async () => {
      const rederived = await sweeps.policies.catchUpProtectionEnds();
      if (rederived !== null) logger.info(`Finished re-deriving protection ends under the newest pool policy (${rederived} moved).`);
      const result = await sweeps.recycleSweep.sweep();
      if (result.recycled.length) logger.info(`Recycled ${result.recycled.length} customer(s) into the public pool.`);
      const reminded = await sweeps.reminderSweep.sweep();
      if (reminded.length) logger.info(`Reminded owners of ${reminded.length} customer(s) whose protection ends soon.`);
    },
    seconds,
    'The pool sweep',
    logger,
  );
}
