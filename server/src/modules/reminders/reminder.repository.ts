import type { EntityManager } from 'typeorm';
import type { CustomerStatus, PoolPolicy } from '@berth/domain';

export interface ReminderCandidate {
  id: number;
  ownerId: number;
  status: CustomerStatus;
  locked: boolean;
  protectedUntil: Date;
  remindedFor: Date | null;
}

export interface Reminded {
  customerId: number;
  ownerId: number;
}

/** The SQL half of reminders: who might be due, then remind each period once under conditions. */
export class ReminderRepository {
  /**
   * Owned customers whose end falls within `within` of now and whose current period has not been
   * reminded, soonest first, leaving out those the policy never recycles (nothing is about to
   * happen to them), locked for this transaction (SKIP LOCKED: sweeps share, not wait).
   * A superset on purpose: the domain's `reminderDue` decides in team days.
   */
  candidates(manager: EntityManager, now: Date, within: Date, limit: number, policy: Pick<PoolPolicy, 'excludeWon' | 'excludeLocked'>): Promise<ReminderCandidate[]> {
    return manager.query(
      `SELECT o.customer_id AS id, o.owner_id AS "ownerId", c.status, o.locked, o.protected_until AS "protectedUntil", o.reminded_for AS "remindedFor"
         FROM customer_ownership o JOIN customers c ON c.id = o.customer_id
        WHERE o.owner_id IS NOT NULL AND o.protected_until > $1 AND o.protected_until <= $2
          AND o.reminded_for IS DISTINCT FROM o.protected_until
          AND ($4::boolean IS FALSE OR c.status <> 'WON') AND ($5::boolean IS FALSE OR NOT o.locked)
        ORDER BY o.protected_until, o.customer_id
        LIMIT $3
        FOR UPDATE OF o SKIP LOCKED`,
      [now, within, limit, policy.excludeWon, policy.excludeLocked],
    );
  }

  /**
   * Marks each period reminded only if the customer still has that owner and that end (a
   * follow-up in between starts a new period), and writes the owner's notification in the same
   * statement. The unique (customer, period end) index makes a second reminder impossible.
   */
  remind(manager: EntityManager, now: Date, items: { customerId: number; ownerId: number; end: Date }[]): Promise<Reminded[]> {
    if (!items.length) return Promise.resolve([]);
    return manager.query(
      `WITH r AS (SELECT * FROM unnest($2::int[], $3::int[], $4::timestamptz[]) AS r(id, owner_id, period_end)),
       marked AS (
         UPDATE customer_ownership o SET reminded_for = o.protected_until
           FROM r WHERE o.customer_id = r.id AND o.owner_id = r.owner_id AND o.protected_until = r.period_end
            AND o.reminded_for IS DISTINCT FROM o.protected_until
         RETURNING o.customer_id AS id, o.owner_id, o.protected_until
       )
       INSERT INTO notifications (user_id, kind, customer_id, protection_end, created_at)
       SELECT owner_id, 'REMINDER', id, protected_until, $1 FROM marked
       ON CONFLICT (customer_id, protection_end) WHERE protection_end IS NOT NULL DO NOTHING
       RETURNING customer_id AS "customerId", user_id AS "ownerId"`,
      [now, items.map((i) => i.customerId), items.map((i) => i.ownerId), items.map((i) => i.end)],
    );
  }
}
