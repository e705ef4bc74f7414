import type { EntityManager } from 'typeorm';
import { entryReasonText, type ReturnedReason } from '@berth/domain';
import { touchCustomer } from '../customers/touch-customer';

export class ReturnRepository {
  /**
   * Gives the customer back only if `userId` still owns it (a conditional update, so a race
   * with a recycle or an assignment cannot return it twice), with its event and pool entry.
   */
  async returnToPool(manager: EntityManager, customerId: number, userId: number, reason: ReturnedReason, now: Date): Promise<boolean> {
    const [, affected] = await manager.query(
      `UPDATE customer_ownership SET owner_id = NULL, owned_since = NULL, owner_changed_at = $3, protected_until = NULL
        WHERE customer_id = $1 AND owner_id = $2`,
      [customerId, userId, now],
    );
    if (affected !== 1) return false;
    await touchCustomer(manager, customerId, now);
    await manager.query(
      `INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, reason_detail, actor_id, occurred_at) VALUES ($1, $2, NULL, 'RETURNED', $3, $4, $2, $5)`,
      [customerId, userId, entryReasonText(reason), reason, now],
    );
    await manager.query(
      `INSERT INTO pool_entries (customer_id, kind, previous_owner_id, reason, reason_code, reason_detail, entered_at) VALUES ($1, 'RETURNED', $2, $3, $4, $5, $6)`,
      [customerId, userId, entryReasonText(reason), reason.code, reason, now],
    );
    return true;
  }
}
