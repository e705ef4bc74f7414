import {
  analyticsRange,
  analyticsRepScope,
  canSeeCustomer,
  poolAnalytics,
  type AnalyticsRangeRequest,
  type PoolHistory,
  type Viewer,
} from '@berth/domain';
import type { AnalyticsRep } from './pool-analytics-history';

export interface AnalyticsCase extends AnalyticsRangeRequest {
  departmentPath?: string | null;
  repId?: number | null;
  tier?: string | null;
  source?: string | null;
  industry?: string | null;
  regionId?: number | null;
}

/** What the domain's definitions say for a request, over a history read back from the tables. */
export function expectedAnalytics(
  read: { history: PoolHistory; reps: AnalyticsRep[]; ownerPaths: Map<number, string | null> },
  viewer: Viewer,
  c: AnalyticsCase,
  now: Date,
  timeZone: string,
) {
  const range = analyticsRange(c, now, timeZone);
  const scope = analyticsRepScope(read.reps, {
    viewerSubtree: viewer.role === 'MANAGER' ? viewer.departmentPath : null,
    departmentPath: c.departmentPath ?? null,
    repId: c.repId ?? null,
  });
  return poolAnalytics(read.history, {
    range,
    now,
    scope,
    dimensions: { tierCode: c.tier ?? null, source: c.source ?? null, industry: c.industry ?? null, regionId: c.regionId ?? null },
    maySee: (customer) =>
      customer.ownerId === null || canSeeCustomer(viewer, { ownerId: customer.ownerId, ownerDepartmentPath: read.ownerPaths.get(customer.ownerId) ?? null }),
  });
}
