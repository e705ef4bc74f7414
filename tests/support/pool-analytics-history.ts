import type { DataSource } from 'typeorm';
import type { PoolHistory } from '@berth/domain';

export interface AnalyticsRep {
  id: number;
  departmentPath: string | null;
}

/**
 * Reads the pool analytics' history back from the tables, as the domain functions take it:
 * what the SQL counts and what the definitions count are then the very same rows.
 */
export async function readPoolHistory(ds: DataSource): Promise<{ history: PoolHistory; reps: AnalyticsRep[]; ownerPaths: Map<number, string | null> }> {
  const events = await ds.query(
    `SELECT customer_id AS "customerId", kind::text AS kind, from_user_id AS "fromUserId", to_user_id AS "toUserId", occurred_at AS at FROM ownership_events ORDER BY occurred_at, id`,
  );
  const poolEntries = await ds.query(
    `SELECT customer_id AS "customerId", kind::text AS kind, previous_owner_id AS "previousOwnerId", reason, reason_code AS "reasonCode", entered_at AS at FROM pool_entries ORDER BY entered_at, id`,
  );
  const statusChanges = await ds.query(`SELECT customer_id AS "customerId", status::text AS status, changed_at AS at FROM customer_status_changes ORDER BY changed_at, id`);
  const followUps = await ds.query(`SELECT customer_id AS "customerId", author_id AS "authorId", occurred_at AS at, counted FROM follow_ups ORDER BY occurred_at, id`);
  const customers = await ds.query(
    `SELECT c.id, o.owner_id AS "ownerId", c.tier_code AS "tierCode", c.source, c.industry, c.region_id AS "regionId" FROM customers c JOIN customer_ownership o ON o.customer_id = c.id`,
  );
  const reps: AnalyticsRep[] = await ds.query(`SELECT u.id, d.path AS "departmentPath" FROM users u LEFT JOIN departments d ON d.id = u.department_id`);
  const ownerPaths = new Map(reps.map((r) => [r.id, r.departmentPath]));
  return { history: { events, poolEntries, statusChanges, followUps, customers }, reps, ownerPaths };
}
