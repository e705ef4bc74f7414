import type { EntityManager } from 'typeorm';
import { forecastRecycling, type EntryReason, type PoolPolicy, type RecycleFacts } from '@berth/domain';
import type { RecycleRepository } from '../pool/recycle.repository';

export const PREVIEW_HORIZON_DAYS = 7;
const PAGE = 2000;

export interface ForecastCustomer {
  customerId: number;
  companyName: string;
  recycleAt: Date;
  reason: string;
  reasonDetail: EntryReason;
}

export interface RepForecast {
  repId: number;
  customers: ForecastCustomer[];
}

export interface PolicyPreview {
  horizonDays: number;
  /** Customers the edited policy would recycle within the horizon if nobody followed up. */
  total: number;
  /** The same count under the policy in force, to compare. */
  totalUnderCurrent: number;
  /** Per rep, most customers first. */
  reps: RepForecast[];
}

/**
 * The what-if of a policy edit: the domain's forecast run over every owned customer under both
 * the edited and the current policy, from the same facts, read once.
 */
export async function previewPolicy(
  manager: EntityManager,
  recycling: RecycleRepository,
  edited: PoolPolicy,
  current: PoolPolicy,
  now: Date,
): Promise<PolicyPreview> {
  const facts: RecycleFacts[] = [];
  for (let afterId = 0; ; ) {
    const rows = await recycling.ownedPage(manager, afterId, PAGE);
    if (!rows.length) break;
    facts.push(...(await recycling.factsOf(manager, rows)));
    afterId = rows[rows.length - 1].id;
  }
  const forecast = forecastRecycling(facts, now, PREVIEW_HORIZON_DAYS, edited);
  const names = await companyNames(manager, forecast.map((f) => f.customerId));
  const byRep = new Map<number, ForecastCustomer[]>();
  for (const f of forecast) {
    const list = byRep.get(f.ownerId) ?? [];
    list.push({ customerId: f.customerId, companyName: names.get(f.customerId) ?? '', recycleAt: f.recycleAt, reason: f.reasonText, reasonDetail: f.reason });
    byRep.set(f.ownerId, list);
  }
  const reps = [...byRep].map(([repId, customers]) => ({ repId, customers })).sort((a, b) => b.customers.length - a.customers.length || a.repId - b.repId);
  return {
    horizonDays: PREVIEW_HORIZON_DAYS,
    total: forecast.length,
    totalUnderCurrent: forecastRecycling(facts, now, PREVIEW_HORIZON_DAYS, current).length,
    reps,
  };
}

async function companyNames(manager: EntityManager, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows: { id: number; name: string }[] = await manager.query(`SELECT id, company_name AS name FROM customers WHERE id = ANY($1::int[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r.name]));
}
