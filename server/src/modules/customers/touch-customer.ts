import type { EntityManager } from 'typeorm';

/**
 * Marks a customer updated when a person hands it over (assignment, return; a claim does the
 * same inside its one statement), so it shows at the top of "recently updated" lists. The sweep's bulk recycles skip this on purpose: they
 * write only the narrow ownership row (its owner_changed_at says when the customer moved).
 */
export async function touchCustomer(manager: EntityManager, customerId: number, now: Date): Promise<void> {
  await manager.query('UPDATE customers SET updated_at = $2 WHERE id = $1', [customerId, now]);
}
