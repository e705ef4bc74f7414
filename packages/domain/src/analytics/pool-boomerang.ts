import { addTeamDays } from '../pool/team-time';
import type { AnalyticsRange } from './pool-range';
import { eventsByCustomer } from './pool-cohorts';
import { inRepScope, type AnalyticsCustomer, type PoolHistory, type RepScope } from './pool-history';

export const BOOMERANG_DAYS = 30;

export interface BoomerangRate {
  repId: number | null;
  source: string | null;
  moves: number;
  back: number;
  rate: number | null;
}

export interface BoomerangMove {
  repId: number;
  source: string | null;
  back: boolean;
}

/**
 * Claims and assignments in the range (to the scope's reps, customers the filter keeps) that are
 * at least 30 team days old at `now`; `back` when a later event of the customer put it into the
 * pool within 30 team days of the move.
 */
export function boomerangMoves(
  history: Pick<PoolHistory, 'events'>,
  range: Pick<AnalyticsRange, 'startAt' | 'endAt' | 'timeZone'>,
  now: Date,
  scope: RepScope,
  kept: ReadonlyMap<number, AnalyticsCustomer>,
): BoomerangMove[] {
  const moves: BoomerangMove[] = [];
  for (const [customerId, list] of eventsByCustomer(history.events)) {
    const customer = kept.get(customerId);
    if (!customer) continue;
    list.forEach((e, i) => {
      if ((e.kind !== 'CLAIMED' && e.kind !== 'ASSIGNED') || e.at < range.startAt || e.at >= range.endAt) return;
      if (e.toUserId === null || !inRepScope(scope, e.toUserId)) return;
      const deadline = addTeamDays(e.at, BOOMERANG_DAYS, range.timeZone);
      if (deadline > now) return;
      const back = list.slice(i + 1).some((later) => later.toUserId === null && later.at <= deadline);
      moves.push({ repId: e.toUserId, source: customer.source, back });
    });
  }
  return moves;
}

export function boomerangRates(moves: readonly BoomerangMove[], by: 'rep' | 'source'): BoomerangRate[] {
  const groups = new Map<string, BoomerangRate>();
  for (const m of moves) {
    const key = by === 'rep' ? String(m.repId) : (m.source ?? '\u0000');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { repId: by === 'rep' ? m.repId : null, source: by === 'source' ? m.source : null, moves: 0, back: 0, rate: null }));
    g.moves++;
    if (m.back) g.back++;
  }
  return sortBoomerang([...groups.values()].map((g) => finishBoomerang(g)));
}

export function finishBoomerang(g: BoomerangRate): BoomerangRate {
  return { ...g, rate: g.moves ? g.back / g.moves : null };
}

/** By rep id, or by source name (no source last). */
export function sortBoomerang(rows: BoomerangRate[]): BoomerangRate[] {
  return rows.sort((a, b) => {
    if (a.repId !== null && b.repId !== null) return a.repId - b.repId;
    if (a.source === b.source) return 0;
    if (a.source === null) return 1;
    if (b.source === null) return -1;
    return a.source < b.source ? -1 : 1;
  });
}
