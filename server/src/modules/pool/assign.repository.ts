import type { EntityManager } from 'typeorm';
import type { Receiver } from '@berth/domain';

/** Who may receive customers, and what they hold: the reads before a manager's assignment plans it. */
export class AssignRepository {
  assignees(manager: EntityManager, userIds: number[]): Promise<Receiver[]> {
    return manager.query(
      `SELECT u.id AS "userId", u.name, u.disabled, d.path AS "departmentPath"
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
}
