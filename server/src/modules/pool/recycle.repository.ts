import type { EntityManager } from 'typeorm';
import type { CustomerStatus, FollowUpType, PoolPolicy, RecycleFacts } from '@berth/domain';

export interface DueRow {
  id: number;
  ownerId: number;
  ownedSince: Date;
  tierCode: string;
  status: CustomerStatus;
  locked: boolean;
}

/** Where the sweep's last batch handed out ended: the next one starts after it. */
export interface DueCursor {
  /** The stored end as Postgres prints it: exact to the microsecond, unlike a JS Date. */
  protectedUntil: string;
  id: number;
}

export interface DueRowWithCursor extends DueRow {
  cursor: DueCursor;
}

const OWNED_COLUMNS = `o.customer_id AS id, o.owner_id AS "ownerId", o.owned_since AS "ownedSince", c.tier_code AS "tierCode", c.status, o.locked`;
const OWNED_FROM = 'FROM customer_ownership o JOIN customers c ON c.id = o.customer_id';

/** The SQL half of the sweep: find what is due and what the rule reads of it (the ledger moves it). */
export class RecycleRepository {
  /**
   * Owned customers whose stored protection end has passed, oldest first, their ownership rows
   * locked for this transaction (the customer's one lock: an edit waits for the batch), starting after
   * `after` so a sweep never steps over rows it has already handled. SKIP LOCKED passes rows a
   * claim or follow-up is writing right now; the next sweep gets them.
   */
  async due(
    manager: EntityManager,
    now: Date,
    limit: number,
    policy: Pick<PoolPolicy, 'excludeWon' | 'excludeLocked'>,
    after: DueCursor | null,
  ): Promise<DueRowWithCursor[]> {
    const rows: (DueRow & { untilKey: string })[] = await manager.query(
      `SELECT ${OWNED_COLUMNS}, CAST(o.protected_until AS text) AS "untilKey" ${OWNED_FROM}
        WHERE o.owner_id IS NOT NULL AND o.protected_until <= $1
          AND ($3::boolean IS FALSE OR c.status <> 'WON') AND ($6::boolean IS FALSE OR NOT o.locked)
          AND (o.protected_until, o.customer_id) > ($4::timestamptz, $5::int)
        ORDER BY o.protected_until, o.customer_id
        LIMIT $2
        FOR UPDATE OF o SKIP LOCKED`,
      [now, limit, policy.excludeWon, after?.protectedUntil ?? '-infinity', after?.id ?? 0, policy.excludeLocked],
    );
    return rows.map(({ untilKey, ...row }) => ({ ...row, cursor: { protectedUntil: untilKey, id: row.id } }));
  }

  /**
   * Owned customers after `afterId` in id order, a page at a time: for a policy what-if preview
   * (no locks) and for recomputing stored ends after a policy change (`lock`).
   */
  ownedPage(manager: EntityManager, afterId: number, limit: number, { lock = false } = {}): Promise<DueRow[]> {
    return manager.query(
      `SELECT ${OWNED_COLUMNS} ${OWNED_FROM}
        WHERE o.owner_id IS NOT NULL AND o.customer_id > $1 ORDER BY o.customer_id LIMIT $2 ${lock ? 'FOR UPDATE OF o' : ''}`,
      [afterId, limit],
    );
  }

  /** The rows with the follow-ups of their current ownership: what the domain's recycle rules read. */
  async factsOf(manager: EntityManager, rows: DueRow[]): Promise<RecycleFacts[]> {
    const byCustomer = new Map<number, RecycleFacts['followUps'][number][]>();
    for (const f of await this.followUpsSince(manager, rows)) {
      const list = byCustomer.get(f.customerId) ?? [];
      list.push(f);
      byCustomer.set(f.customerId, list);
    }
    return rows.map((row) => ({
      id: row.id,
      ownerId: row.ownerId,
      ownedSince: row.ownedSince,
      tier: row.tierCode,
      status: row.status,
      locked: row.locked,
      hasWonDeal: row.status === 'WON',
      followUps: byCustomer.get(row.id) ?? [],
    }));
  }

  private followUpsSince(manager: EntityManager, rows: DueRow[]): Promise<{ customerId: number; type: FollowUpType; content: string; at: Date }[]> {
    return manager.query(
      `SELECT f.customer_id AS "customerId", f.type, f.content, f.occurred_at AS at
         FROM follow_ups f JOIN unnest($1::int[], $2::timestamptz[]) AS d(id, since) ON d.id = f.customer_id AND f.occurred_at >= d.since
        ORDER BY f.occurred_at`,
      [rows.map((r) => r.id), rows.map((r) => r.ownedSince)],
    );
  }

  /**
   * Writes back the rule's protection end for due rows the rule keeps (only later than now, so a
   * repair can never make anything due).
   */
  async repairEnds(manager: EntityManager, now: Date, items: { customerId: number; end: Date | null }[]): Promise<void> {
    const later = items.filter((i): i is { customerId: number; end: Date } => i.end !== null && i.end > now);
    if (!later.length) return;
    await manager.query(
      `UPDATE customer_ownership o SET protected_until = v.until FROM unnest($1::int[], $2::timestamptz[]) AS v(id, until) WHERE o.customer_id = v.id`,
      [later.map((i) => i.customerId), later.map((i) => i.end)],
    );
  }
}
