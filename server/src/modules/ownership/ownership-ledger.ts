import { entryReasonText, STATUS_WHEN_TAKEN_FROM_POOL } from '@berth/domain';
import type { AppliedMove } from './domain-events';
import { entryKindOf, EVENT_KIND_OF, type OwnerMove } from './owner-move';
import type { Tx } from './unit-of-work';

/** A new customer's first owner (or the pool), and how it came to Berth. */
export interface Opening {
  customerId: number;
  /** Null: created into the pool (an import), with no owner and no protection. */
  ownerId: number | null;
  actorId: number;
  protectedUntil: Date | null;
  /** The import that created it: its event is IMPORTED and carries the import's id. */
  importJobId?: number | null;
}

/**
 * The one writer of who owns a customer. It applies a batch of moves set-based, in one statement:
 * each move changes `customer_ownership` only if the customer is still where the move expects it
 * (a conditional update, so racing claims, returns, sweeps and transfers never apply twice or
 * overwrite each other), and for every move that applied writes its ownership event, its pool
 * entry (into the pool), the hand-over's marks on the customer and the claim count, then raises
 * OWNERS_CHANGED on the unit of work, which publishes it after commit. The database refuses to
 * commit an owner change without its event (a constraint trigger), so nothing else may write
 * these tables.
 *
 * What a move does besides the owner follows from the move itself:
 * - a person's move (an actor) marks the customer updated, so it tops "recently updated" lists;
 *   the sweep's bulk recycles leave the wide customer row alone on purpose;
 * - a customer taken from the pool by a person starts again at STATUS_WHEN_TAKEN_FROM_POOL, noted
 *   in its status history when that changes it;
 * - a CLAIMED move counts on the claimant's counter for `claimDay` (the caller holds its lock).
 */
export class OwnershipLedger {
  async apply(tx: Tx, now: Date, moves: readonly OwnerMove[], opts: { claimDay?: string } = {}): Promise<AppliedMove[]> {
    if (!moves.length) return [];
    if (moves.some((m) => m.kind === 'CLAIMED') && !opts.claimDay) throw new Error('A claim is counted on a day: pass claimDay.');
    const { sql, params } = moveStatement(now, moves, opts.claimDay ?? null);
    const applied: AppliedMove[] = await tx.manager.query(sql, params);
    if (applied.length) tx.raise({ type: 'OWNERS_CHANGED', moves: applied });
    return applied;
  }

  /** New customers' ownership rows with their CREATED (or IMPORTED) events, in one statement. */
  async open(tx: Tx, now: Date, openings: readonly Opening[]): Promise<void> {
    if (!openings.length) return;
    await tx.manager.query(
      `WITH r AS (SELECT * FROM unnest($2::int[], $3::int[], $4::int[], $5::timestamptz[], $6::int[]) AS r(id, owner_id, actor_id, until, import_id)),
       opened AS (
         INSERT INTO customer_ownership (customer_id, owner_id, owned_since, owner_changed_at, protected_until, locked)
         SELECT id, owner_id, CASE WHEN owner_id IS NULL THEN NULL ELSE $1::timestamptz END, $1, until, false FROM r
       )
       INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, actor_id, occurred_at, import_job_id)
       SELECT id, NULL, owner_id, CASE WHEN import_id IS NULL THEN 'CREATED' ELSE 'IMPORTED' END::ownership_event_kind, NULL, actor_id, $1, import_id FROM r`,
      [
        now,
        openings.map((o) => o.customerId),
        openings.map((o) => o.ownerId),
        openings.map((o) => o.actorId),
        openings.map((o) => o.protectedUntil),
        openings.map((o) => o.importJobId ?? null),
      ],
    );
    tx.raise({
      type: 'OWNERS_CHANGED',
      moves: openings.map((o) => ({ customerId: o.customerId, kind: o.importJobId ? 'IMPORTED' : 'CREATED', from: null, to: o.ownerId })),
    });
  }
}

/**
 * The one statement of a batch of moves. Each part is there only when some move needs it — the
 * sweep's recycles, with no actor, never join the wide customer rows — so the statement costs what
 * its moves do and no more.
 */
function moveStatement(now: Date, moves: readonly OwnerMove[], claimDay: string | null): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown, type: string) => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const at = param(now, 'timestamptz');
  const column = <T>(type: string, value: (m: OwnerMove) => T) => param(moves.map(value), `${type}[]`);
  const parts = [
    `m AS (
       SELECT * FROM unnest(${[
         column('int', (m) => m.customerId),
         column('text', (m) => m.kind),
         column('ownership_event_kind', (m) => EVENT_KIND_OF[m.kind]),
         column('int', (m) => m.from),
         column('int', (m) => m.to),
         column('int', (m) => m.actorId),
         column('timestamptz', (m) => m.protectedUntil),
         column('text', (m) => (m.reason ? entryReasonText(m.reason) : null)),
         column('jsonb', (m) => (m.reason ? JSON.stringify(m.reason) : null)),
         column('pool_entry_kind', (m) => entryKindOf(m)),
         column('boolean', (m) => m.onlyIfDue ?? false),
         column('int', (m) => m.transfer?.requestId ?? null),
         column('int', (m) => m.transfer?.approverId ?? null),
       ].join(', ')})
         AS m(id, kind, event_kind, from_id, to_id, actor_id, until, reason, detail, entry_kind, only_due, request_id, approver_id)
     )`,
    `moved AS (
       UPDATE customer_ownership o
          SET owner_id = m.to_id, owned_since = CASE WHEN m.to_id IS NULL THEN NULL ELSE ${at} END, owner_changed_at = ${at}, protected_until = m.until
         FROM m
        WHERE o.customer_id = m.id AND o.owner_id IS NOT DISTINCT FROM m.from_id AND (NOT m.only_due OR o.protected_until <= ${at})
       RETURNING m.*
     )`,
    `events AS (
       INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, reason_detail, actor_id, occurred_at, transfer_request_id, approver_id)
       SELECT id, from_id, to_id, event_kind, reason, detail, actor_id, ${at}, request_id, approver_id FROM moved
     )`,
  ];
  if (moves.some((m) => m.actorId !== null)) {
    const fresh = param(STATUS_WHEN_TAKEN_FROM_POOL, 'customer_status');
    parts.push(
      `touched AS (
         UPDATE customers c
            SET updated_at = ${at}, status = CASE WHEN moved.from_id IS NULL THEN ${fresh} ELSE c.status END
           FROM moved, customers prev
          WHERE c.id = moved.id AND prev.id = moved.id AND moved.actor_id IS NOT NULL
         RETURNING c.id, prev.status AS was, moved.from_id, moved.actor_id
       )`,
      `status_noted AS (
         INSERT INTO customer_status_changes (customer_id, status, changed_at, actor_id)
         SELECT id, ${fresh}, ${at}, actor_id FROM touched WHERE from_id IS NULL AND was <> ${fresh}
       )`,
    );
  }
  if (moves.some((m) => m.to === null)) {
    parts.push(
      `entries AS (
         INSERT INTO pool_entries (customer_id, kind, previous_owner_id, reason, reason_code, reason_detail, entered_at)
         SELECT id, entry_kind, from_id, reason, detail->>'code', detail, ${at} FROM moved WHERE to_id IS NULL
       )`,
    );
  }
  if (moves.some((m) => m.kind === 'CLAIMED')) {
    parts.push(
      `counted AS (
         UPDATE claim_counters k SET claims = k.claims + n.claims
           FROM (SELECT to_id, count(*)::int AS claims FROM moved WHERE kind = 'CLAIMED' GROUP BY to_id) n
          WHERE k.user_id = n.to_id AND k.day = ${param(claimDay, 'date')}
       )`,
    );
  }
  return { sql: `WITH ${parts.join(',\n')}\nSELECT id AS "customerId", kind, from_id AS "from", to_id AS "to" FROM moved`, params };
}
