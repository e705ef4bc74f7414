import type { DataSource } from 'typeorm';
import {
  addDays,
  addTeamDays,
  analyticsRange,
  analyticsRepScope,
  BerthError,
  bucketIndexOfDay,
  canSeeCustomer,
  CHURN_LOOP,
  churnWindow,
  conversionCohorts,
  DEAD_STOCK_DAYS,
  deadStockAt,
  emptyCounts,
  finishBoomerang,
  finishBucket,
  finishDeadStock,
  finishRecycleFrequency,
  holdingSamples,
  INFLOW_KINDS,
  HOUR_MS,
  calendarDate,
  mostRecycles,
  teamMidnight,
  isWithinSubtree,
  sortBoomerang,
  sortChurnLoops,
  sortFrequencies,
  sortReasons,
  type AnalyticsRange,
  type AnalyticsRangeRequest,
  type CohortCounts,
  type CustomerDimensionFilter,
  type FlowKind,
  type PoolAnalyticsResult,
  type RepScope,
  type Viewer,
  fieldProblem,
} from '@berth/domain';
import type { Clock } from '../../clock';
import { parseId } from '../../graphql/ids';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import type { PoolAnalyticsQuery, PoolAnalyticsRepository } from './pool-analytics.repository';
import { PoolAnalyticsRollupRepository } from './pool-analytics-rollup.repository';
import { RunningTotalsRepository } from './running-totals.repository';

export interface PoolAnalyticsInputValues extends Partial<AnalyticsRangeRequest> {
  departmentId?: string | null;
  repId?: string | null;
  tier?: string | null;
  source?: string | null;
  industry?: string | null;
  regionId?: string | null;
}

/** The domain's result, churn loops carrying the company name the page shows. */
export type PoolAnalyticsView = Omit<PoolAnalyticsResult, 'churnLoops'> & {
  churnLoops: { customerId: number; companyName: string; recycles: number; inPool: boolean }[];
};

/**
 * Pool analytics for managers and admins: the domain's definitions (packages/domain/src/
 * analytics/pool-*.ts), counted in SQL and finished by the same domain functions.
 */
export class PoolAnalyticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: PoolAnalyticsRepository,
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
  ) {}

  private readonly totals = new RunningTotalsRepository();
  private readonly rollups = new PoolAnalyticsRollupRepository(this.totals, this.rows);

  /** Folds the running totals' pending deltas and moves the churn window to today's; how many were folded (-1: another instance is folding). */
  async foldPending(): Promise<number> {
    const now = this.clock.now();
    const { teamTimeZone } = await this.policies.current();
    const churn = churnWindow(analyticsRange({ preset: 'TODAY', bucket: 'DAY' }, now, teamTimeZone));
    return this.dataSource.transaction((m) => this.totals.fold(m, now, churn));
  }

  async analytics(viewer: Viewer, input: PoolAnalyticsInputValues): Promise<PoolAnalyticsView> {
    if (viewer.role === 'REP') throw new BerthError('FORBIDDEN', 'Pool analytics are for managers and admins.');
    const now = this.clock.now();
    const { teamTimeZone } = await this.policies.current();
    const range = analyticsRange({ preset: input.preset ?? 'LAST_30_DAYS', from: input.from, to: input.to, bucket: input.bucket ?? 'DAY' }, now, teamTimeZone);
    const dimensions = dimensionsFrom(input);
    return this.rows.reading(this.dataSource.manager, teamTimeZone, async (m) => {
      const scope = await this.scopeOf(m, viewer, input);
      const q: PoolAnalyticsQuery = { startAt: range.startAt, endAt: range.endAt, now, scope: scope && [...scope], dimensions };
      const read = readsRollups(range, dimensions, now) ? this.rollups : this.rows;
      const deadCutoff = addTeamDays(deadStockAt(range, now), -DEAD_STOCK_DAYS, teamTimeZone);
      const pool = await this.rows.poolNow(m, q, deadCutoff);
      const buckets = await this.flowBuckets(m, q, range, read, pool.size);
      const lastStock = buckets[buckets.length - 1].stockAtEnd;
      const boomerang = await read.boomerang(m, q);
      return {
        from: range.from,
        to: range.to,
        timeZone: range.timeZone,
        bucket: range.bucket,
        buckets,
        returnReasons: sortReasons(await read.returnReasons(m, q)),
        recycleFrequency: await this.recycleFrequency(m, q, range, read),
        churnLoops: await this.churnLoops(m, q, range, viewer, read),
        conversion: conversionCohorts(await this.cohortCounts(m, q, range, read), range, now),
        boomerangByRep: sortBoomerang(boomerang.filter((r) => r.byRep).map((r) => finishBoomerang({ repId: r.repId, source: null, moves: r.moves, back: r.back, rate: null }))),
        boomerangBySource: sortBoomerang(boomerang.filter((r) => !r.byRep).map((r) => finishBoomerang({ repId: null, source: r.source, moves: r.moves, back: r.back, rate: null }))),
        dwell: await read.dwell(m, q),
        deadStock: finishDeadStock(lastStock, q.endAt > now ? pool.dead : await this.rows.deadAtEnd(m, q, deadCutoff)),
      };
    });
  }

  /** Whose flows count: the viewer's subtree for a manager, narrowed by the department and rep filters (unknown or out of scope = not found). */
  private async scopeOf(m: PoolAnalyticsRepositoryManager, viewer: Viewer, input: PoolAnalyticsInputValues): Promise<RepScope> {
    const reps = await this.rows.repsWithDepartments(m);
    const managerSubtree = viewer.role === 'MANAGER' ? viewer.departmentPath : null;
    const visible = (r: { id: number; departmentPath: string | null }) =>
      viewer.role === 'ADMIN' || r.id === viewer.userId || (managerSubtree !== null && r.departmentPath !== null && isWithinSubtree(r.departmentPath, managerSubtree));
    let departmentPath: string | null = null;
    if (input.departmentId != null) {
      const id = parseId(input.departmentId);
      const path = id === null ? null : await this.rows.departmentPath(m, id);
      if (path === null || (viewer.role === 'MANAGER' && (managerSubtree === null || !isWithinSubtree(path, managerSubtree)))) throw notFound('Department', 'input.departmentId');
      departmentPath = path;
    }
    let repId: number | null = null;
    if (input.repId != null) {
      const id = parseId(input.repId);
      const rep = id === null ? undefined : reps.find((r) => r.id === id);
      if (!rep || !visible(rep)) throw notFound('Rep', 'input.repId');
      repId = rep.id;
    }
    if (viewer.role === 'MANAGER' && managerSubtree === null) {
      // A manager without a department sees only their own flows, as they see only their own customers.
      return new Set(repId === null || repId === viewer.userId ? (departmentPath === null ? [viewer.userId] : []) : []);
    }
    return analyticsRepScope(reps, { viewerSubtree: managerSubtree, departmentPath, repId });
  }

  private async flowBuckets(m: PoolAnalyticsRepositoryManager, q: PoolAnalyticsQuery, range: AnalyticsRange, read: Reads, poolNow: number) {
    const { all: rows, scoped } = await read.dayFlows(m, q);
    const counts = range.buckets.map(() => emptyCounts());
    for (const r of scoped) {
      const i = bucketIndexOfDay(range, r.day);
      if (i >= 0) counts[i][r.kind as FlowKind] += r.n;
    }
    return range.buckets.map((b, i) => {
      let stock = poolNow;
      if (b.endAt <= q.now) {
        const after = addDays(b.end, 1);
        for (const r of rows) if (r.day >= after) stock += (INFLOW_KINDS as readonly string[]).includes(r.kind) ? -r.n : r.n;
      }
      return finishBucket(b, counts[i], stock);
    });
  }

  private async recycleFrequency(m: PoolAnalyticsRepositoryManager, q: PoolAnalyticsQuery, range: AnalyticsRange, read: Reads) {
    const recycles = mostRecycles(await read.recyclesByRep(m, q));
    if (!recycles.size) return [];
    const repIds = [...recycles.keys()];
    const samples = holdingSamples(range.buckets, q.now);
    const owned = await this.rows.holdingsNow(m, q, repIds);
    const sums = new Map(repIds.map((id) => [id, (owned.get(id) ?? 0) * samples.length]));
    // An owner change on a team day at or after a sample's day is undone from that sample.
    const sampleDays = range.buckets.flatMap((b, i) => (samples[i] ? [addDays(b.end, 1)] : []));
    if (sampleDays.length) {
      const since = samples.find((s) => s !== null)!;
      for (const r of await read.ownerChangesByDay(m, q, repIds, since)) {
        const weight = sampleDays.filter((d) => d <= r.day).length;
        sums.set(r.repId, sums.get(r.repId)! - r.gained * weight + r.lost * weight);
      }
    }
    return sortFrequencies(repIds.map((id) => finishRecycleFrequency(id, recycles.get(id)!, sums.get(id)!, samples.length)));
  }

  /** The per-day counts summed into buckets. */
  private async cohortCounts(m: PoolAnalyticsRepositoryManager, q: PoolAnalyticsQuery, range: AnalyticsRange, read: Reads): Promise<CohortCounts[]> {
    const byKey = new Map<string, CohortCounts>();
    for (const r of await read.cohortDays(m, q)) {
      const bucket = bucketIndexOfDay(range, r.day);
      const key = `${bucket}:${r.kind}`;
      const c = byKey.get(key) ?? { bucket, kind: r.kind, size: 0, won30: 0, won60: 0, won90: 0, activated: 0 };
      c.size += r.size;
      c.won30 += r.won30;
      c.won60 += r.won60;
      c.won90 += r.won90;
      c.activated += r.activated;
      byKey.set(key, c);
    }
    return [...byKey.values()];
  }

  private async churnLoops(m: PoolAnalyticsRepositoryManager, q: PoolAnalyticsQuery, range: AnalyticsRange, viewer: Viewer, read: Reads) {
    const rows = await read.churnLoops(m, q, churnWindow(range), CHURN_LOOP.minRecycles);
    const names = new Map(rows.map((r) => [r.customerId, r.companyName]));
    const visible = rows
      .filter((r) => r.ownerId === null || canSeeCustomer(viewer, r))
      .map((r) => ({ customerId: r.customerId, recycles: r.recycles, inPool: r.ownerId === null }));
    return sortChurnLoops(visible)
      .slice(0, CHURN_LOOP.maxListed)
      .map((r) => ({ ...r, companyName: names.get(r.customerId)! }));
  }
}

type PoolAnalyticsRepositoryManager = Parameters<PoolAnalyticsRepository['dayFlows']>[0];
type Reads = Pick<PoolAnalyticsRepository, 'dayFlows' | 'returnReasons' | 'recyclesByRep' | 'ownerChangesByDay' | 'churnLoops' | 'cohortDays' | 'boomerang' | 'dwell'>;

/**
 * The rollups answer when no customer dimension narrows the request (they count moves, not
 * customers' current tier or source) and the team's days start on whole UTC hours from the
 * range's start to now (the rollups count per UTC hour). Otherwise the trail is read; both give
 * the domain's numbers.
 */
function readsRollups(range: AnalyticsRange, d: CustomerDimensionFilter, now: Date): boolean {
  if (d.tierCode != null || d.source != null || d.industry != null || d.regionId != null) return false;
  const today = calendarDate(now, range.timeZone);
  const days = [range.from, addDays(range.to, 1), today, addDays(today, 1)];
  return days.every((day) => teamMidnight(day, range.timeZone).getTime() % HOUR_MS === 0);
}

function dimensionsFrom(input: PoolAnalyticsInputValues): CustomerDimensionFilter {
  let regionId: number | null = null;
  if (input.regionId != null) {
    regionId = parseId(input.regionId);
    if (regionId === null) throw BerthError.badInput([fieldProblem('input.regionId', 'INVALID_ID')]);
  }
  return { tierCode: input.tier || null, source: input.source || null, industry: input.industry || null, regionId };
}

function notFound(what: string, field: string): BerthError {
  return new BerthError('NOT_FOUND', `${what} not found.`, [fieldProblem(field, 'NOT_FOUND')]);
}
