import type { EntityManager } from 'typeorm';
import type { CustomerOwnership, CustomerStatus } from '@berth/domain';

/** A customer about to change hands, as the rules for a manager's move read it. */
export interface MoveFacts extends CustomerOwnership {
  customerId: number;
  tierCode: string;
  companyName: string;
  status: CustomerStatus;
}

/** Reads for moves: which customers stand where, locked for the move's transaction. */
export class OwnershipRepository {
  /**
   * Locks the ownership rows of these customers in id order (every batch locks in the same
   * order, and a claim locks one row, so batches and claims never wait on each other in a
   * circle) and reads their owners with the owners' departments; missing ids are left out.
   */
  async lockForMove(manager: EntityManager, customerIds: readonly number[]): Promise<Map<number, MoveFacts>> {
    const rows: MoveFacts[] = await manager.query(
      `SELECT o.customer_id AS "customerId", o.owner_id AS "ownerId", d.path AS "ownerDepartmentPath",
              c.tier_code AS "tierCode", c.company_name AS "companyName", c.status
         FROM customer_ownership o
         JOIN customers c ON c.id = o.customer_id
         LEFT JOIN users u ON u.id = o.owner_id
         LEFT JOIN departments d ON d.id = u.department_id
        WHERE o.customer_id = ANY($1::int[])
        ORDER BY o.customer_id
        FOR UPDATE OF o`,
      [customerIds],
    );
    return new Map(rows.map((r) => [r.customerId, r]));
  }
}
