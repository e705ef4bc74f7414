import type { EntityManager } from 'typeorm';
import type { CollaboratorAccess } from '@berth/domain';

export interface CollaboratorRow {
  customerId: number;
  userId: number;
  access: CollaboratorAccess;
  expiresAt: Date | null;
  grantedById: number;
  grantedAt: Date;
}

const COLUMNS = `customer_id AS "customerId", user_id AS "userId", access, expires_at AS "expiresAt", granted_by_id AS "grantedById", granted_at AS "grantedAt"`;

/** Collaborator grants. Reads take `now`: an expired grant is gone the instant it expires. */
export class CollaboratorRepository {
  /** Grants access (or changes an existing grant), returning the row as it is now. */
  async upsert(manager: EntityManager, grant: CollaboratorRow): Promise<{ row: CollaboratorRow; before: CollaboratorRow | null }> {
    const before = await this.one(manager, grant.customerId, grant.userId);
    const [row] = await manager.query(
      `INSERT INTO customer_collaborators (customer_id, user_id, access, expires_at, granted_by_id, granted_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (customer_id, user_id) DO UPDATE SET access = EXCLUDED.access, expires_at = EXCLUDED.expires_at, granted_by_id = EXCLUDED.granted_by_id, granted_at = EXCLUDED.granted_at
       RETURNING ${COLUMNS}`,
      [grant.customerId, grant.userId, grant.access, grant.expiresAt, grant.grantedById, grant.grantedAt],
    );
    return { row, before };
  }

  /** Read-only access for many customers at once (a transfer's old owner), never narrowing a read-write grant or shortening a longer one. */
  async grantReadMany(manager: EntityManager, customerIds: readonly number[], userId: number, expiresAt: Date, grantedById: number, now: Date): Promise<void> {
    if (!customerIds.length) return;
    await manager.query(
      `INSERT INTO customer_collaborators (customer_id, user_id, access, expires_at, granted_by_id, granted_at)
       SELECT id, $2, 'READ', $3, $4, $5 FROM unnest($1::int[]) AS id
       ON CONFLICT (customer_id, user_id) DO UPDATE SET
         expires_at = CASE WHEN customer_collaborators.expires_at IS NULL THEN NULL ELSE GREATEST(customer_collaborators.expires_at, EXCLUDED.expires_at) END`,
      [customerIds, userId, expiresAt, grantedById, now],
    );
  }

  async remove(manager: EntityManager, customerId: number, userId: number): Promise<CollaboratorRow | null> {
    const rows: CollaboratorRow[] = await manager.query(`DELETE FROM customer_collaborators WHERE customer_id = $1 AND user_id = $2 RETURNING ${COLUMNS}`, [customerId, userId]);
    return rows[0] ?? null;
  }

  one(manager: EntityManager, customerId: number, userId: number): Promise<CollaboratorRow | null> {
    return manager.query(`SELECT ${COLUMNS} FROM customer_collaborators WHERE customer_id = $1 AND user_id = $2`, [customerId, userId]).then((rows: CollaboratorRow[]) => rows[0] ?? null);
  }

  /** The live grants of these customers, by customer, in grant order. */
  async activeFor(manager: EntityManager, customerIds: readonly number[], now: Date): Promise<CollaboratorRow[]> {
    return manager.query(
      `SELECT ${COLUMNS} FROM customer_collaborators WHERE customer_id = ANY($1::int[]) AND (expires_at IS NULL OR expires_at > $2) ORDER BY customer_id, granted_at, user_id`,
      [customerIds, now],
    );
  }

  async countActive(manager: EntityManager, customerId: number, now: Date): Promise<number> {
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM customer_collaborators WHERE customer_id = $1 AND (expires_at IS NULL OR expires_at > $2)`, [customerId, now]);
    return n;
  }
}
