import type { EntityManager } from 'typeorm';
import type { CustomerOwnership } from '@berth/domain';

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

/** Row locks and writes for a manager's assignment; locks in the claim order: customer, then the receiving rep's counter. */
export class AssignRepository {
  /** Locks the customer row and reads its owner (with the owner's department, for the visibility rule); null if missing. */
  async lockCustomer(manager: EntityManager, customerId: number): Promise<AssignFacts | null> {
    const rows: AssignFacts[] = await manager.query(
      `SELECT c.owner_id AS "ownerId", c.tier_code AS "tierCode", c.company_name AS "companyName",
              (SELECT d.path FROM users u JOIN departments d ON d.id = u.department_id WHERE u.id = c.owner_id) AS "ownerDepartmentPath"
         FROM customers c WHERE c.id = $1 FOR UPDATE OF c`,
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
      `SELECT owner_id AS "ownerId", count(*)::int AS n FROM customers
        WHERE owner_id = ANY($1::int[]) AND ($2::boolean OR status <> 'WON') GROUP BY owner_id`,
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
      `UPDATE customers SET owner_id = $2, owned_since = $4, protected_until = $5, updated_at = $4
        WHERE id = $1 AND owner_id IS NOT DISTINCT FROM $3`,
      [customerId, toUserId, fromOwnerId, now, protectedUntil],
    );
    if (affected !== 1) return false;
    await manager.query(
      `INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, actor_id, occurred_at) VALUES ($1, $2, $3, $4, NULL, $5, $6)`,
      [customerId, fromOwnerId, toUserId, fromOwnerId === null ? 'ASSIGNED' : 'TRANSFERRED', actorId, now],
    );
    return true;
  }
}
