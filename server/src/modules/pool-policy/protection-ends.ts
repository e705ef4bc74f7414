import type { EntityManager } from 'typeorm';
import { computeProtectionEnd, type PoolPolicy } from '@berth/domain';
import type { RecycleRepository } from '../pool/recycle.repository';

const PAGE = 1000;

/**
 * Re-derives every owned customer's stored protection end under `policy` (after an admin edit),
 * page by page inside the caller's transaction. Rows are locked as they are read so a follow-up
 * cannot slip in between reading the facts and writing the end. Returns how many ends moved.
 */
export async function recomputeProtectionEnds(manager: EntityManager, recycling: RecycleRepository, policy: PoolPolicy): Promise<number> {
  let afterId = 0;
  let moved = 0;
  for (;;) {
    const rows = await recycling.ownedPage(manager, afterId, PAGE, { lock: true });
    if (!rows.length) return moved;
    const facts = await recycling.factsOf(manager, rows);
    const ends = facts.map((f) => computeProtectionEnd({ ownedSince: f.ownedSince!, tier: f.tier, followUps: f.followUps, hasWonDeal: f.hasWonDeal, policy }));
    const [, affected] = await manager.query(
      `UPDATE customer_ownership o SET protected_until = v.until
         FROM unnest($1::int[], $2::timestamptz[]) AS v(id, until)
        WHERE o.customer_id = v.id AND o.protected_until IS DISTINCT FROM v.until`,
      [rows.map((r) => r.id), ends],
    );
    moved += affected as number;
    afterId = rows[rows.length - 1].id;
  }
}
