import type { EntityManager } from 'typeorm';

export interface TrailBreak {
  customerId: number;
  eventId: string;
  occurredAt: Date;
}

/** Reads of the ownership trail as a record: who owned a customer when, and whether the chain holds. */
export class OwnershipTrailRepository {
  /** The trail's last move at or before `at`: who held the customer then (null = the pool), since when; null if it did not exist yet. */
  async ownerAt(manager: EntityManager, customerId: number, at: Date): Promise<{ ownerId: number | null; since: Date } | null> {
    const rows: { ownerId: number | null; since: Date }[] = await manager.query(
      `SELECT to_user_id AS "ownerId", occurred_at AS since FROM ownership_events
        WHERE customer_id = $1 AND occurred_at <= $2 ORDER BY occurred_at DESC, id DESC LIMIT 1`,
      [customerId, at],
    );
    return rows[0] ?? null;
  }

  /**
   * Recomputes every event's hash from its fields and the stored hash of the customer's previous
   * event (all of them, or one customer's): a row edited, inserted or deleted out of turn does not
   * match. Returns the breaks (at most `limit`) and how much was checked.
   */
  async verify(manager: EntityManager, customerId: number | null, limit: number): Promise<{ events: number; customers: number; breaks: TrailBreak[] }> {
    const rows: (TrailBreak & { events: number; customers: number })[] = await manager.query(
      `WITH checked AS (
         SELECT e.id, e.customer_id, e.occurred_at, e.hash,
                berth_ownership_event_hash(lag(e.hash) OVER (PARTITION BY e.customer_id ORDER BY e.id), e) AS expected
           FROM ownership_events e WHERE $1::int IS NULL OR e.customer_id = $1
       ), totals AS (SELECT count(*)::int AS events, count(DISTINCT customer_id)::int AS customers FROM checked)
       SELECT t.events, t.customers, b.customer_id AS "customerId", b.id::text AS "eventId", b.occurred_at AS "occurredAt"
         FROM totals t LEFT JOIN LATERAL (
           SELECT * FROM checked c WHERE c.hash IS DISTINCT FROM c.expected ORDER BY c.customer_id, c.id LIMIT $2
         ) b ON true`,
      [customerId, limit],
    );
    return {
      events: rows[0]?.events ?? 0,
      customers: rows[0]?.customers ?? 0,
      breaks: rows.filter((r) => r.eventId !== null).map(({ customerId, eventId, occurredAt }) => ({ customerId, eventId, occurredAt })),
    };
  }
}
