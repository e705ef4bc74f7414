import type { CustomerStatus } from '../customer-fields';
import { isWithinSubtree } from '../department-tree';

/**
 * The plain history the pool analytics are defined over. The server reads the same facts from
 * ownership_events, pool_entries, customer_status_changes and follow_ups; the parity test feeds
 * both the same history.
 */
export type AnalyticsEventKind = 'CREATED' | 'CLAIMED' | 'ASSIGNED' | 'TRANSFERRED' | 'RETURNED' | 'RECYCLED' | 'RELEASED' | 'IMPORTED';
export type AnalyticsEntryKind = 'RECYCLED' | 'RETURNED' | 'RELEASED' | 'IMPORTED';

export interface AnalyticsEvent {
  customerId: number;
  kind: AnalyticsEventKind;
  fromUserId: number | null;
  /** null = the event put the customer in the pool. */
  toUserId: number | null;
  at: Date;
}

export interface AnalyticsPoolEntry {
  customerId: number;
  kind: AnalyticsEntryKind;
  previousOwnerId: number | null;
  reason: string;
  /** A return's reason code from the policy (null for other entries, and returns written before codes were kept). */
  reasonCode: string | null;
  at: Date;
}

export interface AnalyticsStatusChange {
  customerId: number;
  status: CustomerStatus;
  at: Date;
}

export interface AnalyticsFollowUp {
  customerId: number;
  authorId: number | null;
  at: Date;
  /** The policy counted it when it was logged (a valid follow-up). */
  counted: boolean;
}

/** A customer as it is now: its owner and its dimensions (filters read them as they are now). */
export interface AnalyticsCustomer {
  id: number;
  ownerId: number | null;
  tierCode: string;
  source: string | null;
  industry: string | null;
  regionId: number | null;
}

export interface PoolHistory {
  /** Every ownership event in time order; ties in the order they were written. */
  events: readonly AnalyticsEvent[];
  poolEntries: readonly AnalyticsPoolEntry[];
  statusChanges: readonly AnalyticsStatusChange[];
  followUps: readonly AnalyticsFollowUp[];
  customers: readonly AnalyticsCustomer[];
}

/** The customer dimensions a request filters on; unset = any. */
export interface CustomerDimensionFilter {
  tierCode?: string | null;
  source?: string | null;
  industry?: string | null;
  regionId?: number | null;
}

export function matchesDimensions(c: AnalyticsCustomer, f: CustomerDimensionFilter): boolean {
  return (
    (f.tierCode == null || c.tierCode === f.tierCode) &&
    (f.source == null || c.source === f.source) &&
    (f.industry == null || c.industry === f.industry) &&
    (f.regionId == null || c.regionId === f.regionId)
  );
}

/**
 * Whose flows count. `null` = everyone's, and flows attributed to nobody (imports, a deleted
 * previous owner) too: an admin with no department or rep filter. Otherwise only flows
 * attributed to these reps (a manager's subtree, a department, one rep).
 */
export type RepScope = ReadonlySet<number> | null;

export function inRepScope(scope: RepScope, repId: number | null): boolean {
  return scope === null || (repId !== null && scope.has(repId));
}

/**
 * The reps whose flows a request counts: by their department now (a rep who moved is counted
 * under their current department, as visibility is everywhere in Berth), within the viewer's
 * subtree for a manager, narrowed by the department and rep filters.
 */
export function analyticsRepScope(
  reps: readonly { id: number; departmentPath: string | null }[],
  limits: { viewerSubtree: string | null; departmentPath: string | null; repId: number | null },
): RepScope {
  const { viewerSubtree, departmentPath, repId } = limits;
  if (viewerSubtree === null && departmentPath === null && repId === null) return null;
  const ids = reps
    .filter((r) => viewerSubtree === null || (r.departmentPath !== null && isWithinSubtree(r.departmentPath, viewerSubtree)))
    .filter((r) => departmentPath === null || (r.departmentPath !== null && isWithinSubtree(r.departmentPath, departmentPath)))
    .filter((r) => repId === null || r.id === repId)
    .map((r) => r.id);
  return new Set(ids);
}

/** A recycle's cause, read from the reason text the sweep writes (recycleReasonText); both rules firing counts as no valid follow-up. */
export type RecycleCause = 'NO_VALID_FOLLOW_UP' | 'NO_DEAL';
export const NO_FOLLOW_UP_REASON_MARK = 'no valid follow-up';

export function recycleCauseOf(reason: string): RecycleCause {
  return reason.includes(NO_FOLLOW_UP_REASON_MARK) ? 'NO_VALID_FOLLOW_UP' : 'NO_DEAL';
}

/** Kinds of events that take a customer out of the pool. */
export function isPoolExit(kind: AnalyticsEventKind): boolean {
  return kind === 'CLAIMED' || kind === 'ASSIGNED';
}

/** The customers a filter keeps, by id. */
export function customersMatching(history: Pick<PoolHistory, 'customers'>, f: CustomerDimensionFilter): Map<number, AnalyticsCustomer> {
  return new Map(history.customers.filter((c) => matchesDimensions(c, f)).map((c) => [c.id, c]));
}
