import type { EntityManager } from 'typeorm';
import { recordStatusChange } from '../customers/record-status-change';
import { touchCustomer } from '../customers/touch-customer';
import { STATUS_WHEN_TAKEN_FROM_POOL, type CustomerOwnership, type CustomerStatus } from '@berth/domain';

export interface AssignFacts extends CustomerOwnership {
  tierCode: string;
  companyName: string;
}

export interface Assignee {
  id: number;
  name: string;
  disabled: boolean;
  departmentPath: string | null;
}

/** Row locks and writes for a manager's assignment; locks in the claim order: customer (its ownership row), then the receiving rep's counter. */
export class AssignRepository {
  /** Locks the customer's ownership row and reads its owner (with the owner's department, for the visibility rule); null if missing. */
  async lockCustomer(manager: EntityManager, customerId: number): Promise<AssignFacts | null> {
    const rows: AssignFacts[] = await manager.query(
      `SELECT o.owner_id AS "ownerId", c.tier_code AS "tierCode", c.company_name AS "companyName",
              (SELECT d.path FROM users u JOIN departments d ON d.id = u.department_id WHERE u.id = o.owner_id) AS "ownerDepartmentPath"
         FROM customers c JOIN customer_ownership o ON o.customer_id = c.id WHERE c.id = $1 FOR UPDATE OF o`,
      [customerId],
    );
    return rows[0] ?? null;
  }

  assignees(manager: EntityManager, userIds: number[]): Promise<Assignee[]> {
    return manager.query(
      `SELECT u.id, u.name, u.disabled, d.path AS "departmentPath"
         FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.id = ANY($1::int[])`,
      [userIds],
    );
  }

  /** Holdings per rep as the holding cap counts them. */
  async holdings(manager: EntityManager, userIds: number[], countWon: boolean): Promise<Map<number, number>> {
    const rows: { ownerId: number; n: number }[] = await manager.query(
      `SELECT o.owner_id AS "ownerId", count(*)::int AS n FROM customer_ownership o JOIN customers c ON c.id = o.customer_id
        WHERE o.owner_id = ANY($1::int[]) AND ($2::boolean OR c.status <> 'WON') GROUP BY o.owner_id`,
      [userIds, countWon],
    );
    return new Map(rows.map((r) => [r.ownerId, r.n]));
  }

  /**
   * Moves the customer to `toUserId` only if its owner is still `fromOwnerId` (a claim or recycle
   * in between wins), with its ownership event: ASSIGNED from the pool, TRANSFERRED from a rep.
   */
  async give(
    manager: EntityManager,
    move: { customerId: number; fromOwnerId: number | null; toUserId: number; actorId: number; now: Date; protectedUntil: Date },
  ): Promise<boolean> {
    const { customerId, fromOwnerId, toUserId, actorId, now, protectedUntil } = move;
    const [, affected] = await manager.query(
      `UPDATE customer_ownership SET owner_id = $2, owned_since = $4, owner_changed_at = $4, protected_until = $5
        WHERE customer_id = $1 AND owner_id IS NOT DISTINCT FROM $3`,
      [customerId, toUserId, fromOwnerId, now, protectedUntil],
    );
    if (affected !== 1) return false;
    await touchCustomer(manager, customerId, now);
    if (fromOwnerId === null) await startAfresh(manager, customerId, actorId, now);
    await manager.query(
      `INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, actor_id, occurred_at) VALUES ($1, $2, $3, $4, NULL, $5, $6)`,
      [customerId, fromOwnerId, toUserId, fromOwnerId === null ? 'ASSIGNED' : 'TRANSFERRED', actorId, now],
    );
    return true;
  }
}

/** A customer taken from the pool starts again at STATUS_WHEN_TAKEN_FROM_POOL, noted in its status history when that changes it. */
async function startAfresh(manager: EntityManager, customerId: number, actorId: number, now: Date): Promise<void> {
  const status = STATUS_WHEN_TAKEN_FROM_POOL;
  const [row]: { was: CustomerStatus }[] = await manager.query(
    `UPDATE customers c SET status = $2::customer_status FROM customers prev WHERE c.id = prev.id AND c.id = $1 RETURNING prev.status AS was`,
    [customerId, status],
  );
  if (row.was !== status) await recordStatusChange(manager, { customerId, status, changedAt: now, actorId });
}
