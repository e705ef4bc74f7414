import { entryReasonText, STATUS_WHEN_TAKEN_FROM_POOL } from '@berth/domain';
import type { AppliedMove } from './domain-events';
import { entryKindOf, EVENT_KIND_OF, type OwnerMove } from './owner-move';
import type { Tx } from './unit-of-work';

/** A new customer's first owner. */
export interface Opening {
  customerId: number;
  ownerId: number;
  actorId: number;
  protectedUntil: Date;
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
    const applied: AppliedMove[] = await tx.manager.query(
      `WITH m AS (
         SELECT * FROM unnest($2::int[], $3::text[], $4::ownership_event_kind[], $5::int[], $6::int[], $7::int[], $8::timestamptz[], $9::text[], $10::jsonb[], $11::pool_entry_kind[], $12::boolean[], $15::int[], $16::int[])
           AS m(id, kind, event_kind, from_id, to_id, actor_id, until, reason, detail, entry_kind, only_due, request_id, approver_id)
       ),
       moved AS (
         UPDATE customer_ownership o
            SET owner_id = m.to_id, owned_since = CASE WHEN m.to_id IS NULL THEN NULL ELSE $1 END, owner_changed_at = $1, protected_until = m.until
           FROM m
          WHERE o.customer_id = m.id AND o.owner_id IS NOT DISTINCT FROM m.from_id AND (NOT m.only_due OR o.protected_until <= $1)
         RETURNING m.*
       ),
       touched AS (
         UPDATE customers c
            SET updated_at = $1, status = CASE WHEN moved.from_id IS NULL THEN $13::customer_status ELSE c.status END
           FROM moved, customers prev
          WHERE c.id = moved.id AND prev.id = moved.id AND moved.actor_id IS NOT NULL
         RETURNING c.id, prev.status AS was, moved.from_id, moved.actor_id
       ),
       status_noted AS (
         INSERT INTO customer_status_changes (customer_id, status, changed_at, actor_id)
         SELECT id, $13::customer_status, $1, actor_id FROM touched WHERE from_id IS NULL AND was <> $13::customer_status
       ),
       events AS (
         INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, reason_detail, actor_id, occurred_at, transfer_request_id, approver_id)
         SELECT id, from_id, to_id, event_kind, reason, detail, actor_id, $1, request_id, approver_id FROM moved
       ),
       entries AS (
         INSERT INTO pool_entries (customer_id, kind, previous_owner_id, reason, reason_code, reason_detail, entered_at)
         SELECT id, entry_kind, from_id, reason, detail->>'code', detail, $1 FROM moved WHERE to_id IS NULL
       ),
       counted AS (
         UPDATE claim_counters k SET claims = k.claims + n.claims
           FROM (SELECT to_id, count(*)::int AS claims FROM moved WHERE kind = 'CLAIMED' GROUP BY to_id) n
          WHERE k.user_id = n.to_id AND k.day = $14
       )
       SELECT id AS "customerId", kind, from_id AS "from", to_id AS "to" FROM moved`,
      [
        now,
        moves.map((m) => m.customerId),
        moves.map((m) => m.kind),
        moves.map((m) => EVENT_KIND_OF[m.kind]),
        moves.map((m) => m.from),
        moves.map((m) => m.to),
        moves.map((m) => m.actorId),
        moves.map((m) => m.protectedUntil),
        moves.map((m) => (m.reason ? entryReasonText(m.reason) : null)),
        moves.map((m) => (m.reason ? JSON.stringify(m.reason) : null)),
        moves.map((m) => entryKindOf(m)),
        moves.map((m) => m.onlyIfDue ?? false),
        STATUS_WHEN_TAKEN_FROM_POOL,
        opts.claimDay ?? null,
        moves.map((m) => m.transfer?.requestId ?? null),
        moves.map((m) => m.transfer?.approverId ?? null),
      ],
    );
    if (applied.length) tx.raise({ type: 'OWNERS_CHANGED', moves: applied });
    return applied;
  }

  /** New customers' ownership rows with their CREATED events, in one statement. */
  async open(tx: Tx, now: Date, openings: readonly Opening[]): Promise<void> {
    if (!openings.length) return;
    await tx.manager.query(
      `WITH r AS (SELECT * FROM unnest($2::int[], $3::int[], $4::int[], $5::timestamptz[]) AS r(id, owner_id, actor_id, until)),
       opened AS (
         INSERT INTO customer_ownership (customer_id, owner_id, owned_since, owner_changed_at, protected_until, locked)
         SELECT id, owner_id, $1, $1, until, false FROM r
       )
       INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, actor_id, occurred_at)
       SELECT id, NULL, owner_id, 'CREATED', NULL, actor_id, $1 FROM r`,
      [now, openings.map((o) => o.customerId), openings.map((o) => o.ownerId), openings.map((o) => o.actorId), openings.map((o) => o.protectedUntil)],
    );
    tx.raise({ type: 'OWNERS_CHANGED', moves: openings.map((o) => ({ customerId: o.customerId, kind: 'CREATED', from: null, to: o.ownerId })) });
  }
}
