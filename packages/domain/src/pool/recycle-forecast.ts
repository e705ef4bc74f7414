import type { PoolPolicy } from './policy';
import { selectRecyclable, type RecycleFacts, type RecycleSelection } from './recycle';
import { addTeamDays } from './team-time';

export interface RecycleForecast extends RecycleSelection {
  /** When the sweep would take it: its protection end, or `now` when that has already passed. */
  recycleAt: Date;
}

/**
 * The what-if preview of a policy edit: customers that would be recycled between `now` and
 * `horizonDays` team days later if nobody logged another follow-up, earliest first.
 * Group by `ownerId` to show it per rep.
 */
export function forecastRecycling(
  customers: readonly RecycleFacts[],
  now: Date,
  horizonDays: number,
  policy: PoolPolicy,
): RecycleForecast[] {
  const horizon = addTeamDays(now, horizonDays, policy.teamTimeZone);
  return selectRecyclable(customers, horizon, policy)
    .map((s) => ({ ...s, recycleAt: s.protectionEnd > now ? s.protectionEnd : now }))
    .sort((a, b) => a.recycleAt.getTime() - b.recycleAt.getTime() || a.customerId - b.customerId);
}
