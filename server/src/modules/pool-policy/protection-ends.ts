import type { EntityManager } from 'typeorm';
import { computeProtectionEnd, type PoolPolicy } from '@berth/domain';
import type { RecycleRepository } from '../pool/recycle.repository';

const PAGE = 1000;

/**
 * Re-derives the stored protection ends of one page of owned customers (ids after `afterId`)
 * under `policy`, inside the caller's transaction. Rows are locked as they are read so a
 * follow-up cannot slip in between reading the facts and writing the end. Null after the last
 * page; else how many ends moved and where the next page starts.
 */
export async function rederivePage(
  manager: EntityManager,
  recycling: RecycleRepository,
  policy: PoolPolicy,
  afterId: number,
): Promise<{ moved: number; lastId: number } | null> {
  const rows = await recycling.ownedPage(manager, afterId, PAGE, { lock: true });
  if (!rows.length) return null;
  const facts = await recycling.factsOf(manager, rows);
  const ends = facts.map((f) => computeProtectionEnd({ ownedSince: f.ownedSince!, tier: f.tier, followUps: f.followUps, hasWonDeal: f.hasWonDeal, policy }));
  const [, affected] = await manager.query(
    `UPDATE customer_ownership o SET protected_until = v.until
       FROM unnest($1::int[], $2::timestamptz[]) AS v(id, until)
      WHERE o.customer_id = v.id AND o.protected_until IS DISTINCT FROM v.until`,
    [rows.map((r) => r.id), ends],
  );
  return { moved: affected as number, lastId: rows[rows.length - 1].id };
}
