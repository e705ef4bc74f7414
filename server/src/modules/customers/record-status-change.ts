import type { EntityManager } from 'typeorm';
import type { CustomerStatus } from '@berth/domain';

/**
 * Notes the status a customer was just set to, inside the transaction that set it: claim
 * conversion reads when a customer reached WON (customer_status_changes).
 */
export async function recordStatusChange(
  manager: EntityManager,
  change: { customerId: number; status: CustomerStatus; changedAt: Date; actorId: number | null },
): Promise<void> {
  await manager.query('INSERT INTO customer_status_changes (customer_id, status, changed_at, actor_id) VALUES ($1, $2, $3, $4)', [
    change.customerId,
    change.status,
    change.changedAt,
    change.actorId,
  ]);
}
