import type { EntityManager } from 'typeorm';
import type { CustomerStatus } from '@berth/domain';

export interface StatusChange {
  customerId: number;
  status: CustomerStatus;
  changedAt: Date;
  actorId: number | null;
}

/**
 * Notes the status a customer was just set to, inside the transaction that set it: claim
 * conversion reads when a customer reached WON (customer_status_changes).
 */
export function recordStatusChange(manager: EntityManager, change: StatusChange): Promise<void> {
  return recordStatusChanges(manager, [change]);
}

/** The same for any number of customers, in one statement (an import's new customers start at NEW together). */
export async function recordStatusChanges(manager: EntityManager, changes: readonly StatusChange[]): Promise<void> {
  if (!changes.length) return;
  await manager.query(
    `INSERT INTO customer_status_changes (customer_id, status, changed_at, actor_id)
     SELECT * FROM unnest($1::int[], $2::customer_status[], $3::timestamptz[], $4::int[])`,
    [changes.map((c) => c.customerId), changes.map((c) => c.status), changes.map((c) => c.changedAt), changes.map((c) => c.actorId)],
  );
}
