import type { EntityManager } from 'typeorm';
import type { ImportUndoResult } from '@berth/domain';

/** A customer an import created, with what happened to it since. */
export interface CreatedCustomerFacts {
  rowNumber: number;
  customerId: number;
  /** Null when the customer no longer exists. */
  nameKey: string | null;
  ownerId: number | null;
  ownershipEvents: number;
  followUps: number;
  /** Activity log lines not written by an import, and collaborators: someone worked on it. */
  otherChanges: number;
}

/** The rows an undo goes through and what it decided for each. */
export class ImportUndoRepository {
  /**
   * The next created customers the undo has not decided on, in file order, each locked (its
   * ownership row: the order every writer keeps), with the facts that decide whether it goes.
   */
  async lockNextCreated(manager: EntityManager, jobId: number, limit: number): Promise<CreatedCustomerFacts[]> {
    const rows: { rowNumber: number; customerId: number }[] = await manager.query(
      `SELECT row_number AS "rowNumber", customer_id AS "customerId" FROM import_rows
        WHERE job_id = $1 AND outcome = 'CREATED' AND undo IS NULL ORDER BY row_number LIMIT $2`,
      [jobId, limit],
    );
    if (!rows.length) return [];
    const ids = rows.map((r) => r.customerId);
    await manager.query('SELECT 1 FROM customer_ownership WHERE customer_id = ANY($1::int[]) ORDER BY customer_id FOR UPDATE', [ids]);
    const facts: Omit<CreatedCustomerFacts, 'rowNumber'>[] = await manager.query(
      `SELECT c.id AS "customerId", c.name_key AS "nameKey", o.owner_id AS "ownerId",
              (SELECT count(*)::int FROM ownership_events e WHERE e.customer_id = c.id) AS "ownershipEvents",
              (SELECT count(*)::int FROM follow_ups f WHERE f.customer_id = c.id) AS "followUps",
              (SELECT count(*)::int FROM customer_activity a WHERE a.customer_id = c.id AND a.action <> 'IMPORT')
                + (SELECT count(*)::int FROM customer_collaborators k WHERE k.customer_id = c.id) AS "otherChanges"
         FROM customers c JOIN customer_ownership o ON o.customer_id = c.id WHERE c.id = ANY($1::int[])`,
      [ids],
    );
    const byId = new Map(facts.map((f) => [f.customerId, f]));
    return rows.map((r) => byId.get(r.customerId) ? { rowNumber: r.rowNumber, ...byId.get(r.customerId)! } : { ...r, nameKey: null, ownerId: null, ownershipEvents: 0, followUps: 0, otherChanges: 0 });
  }

  /**
   * Removes the customer through the database's own guard, which refuses unless its whole trail
   * is this import's IMPORTED event; false when it refused.
   */
  async remove(manager: EntityManager, jobId: number, customerId: number): Promise<boolean> {
    const [{ removed }] = await manager.query('SELECT berth_remove_imported_customer($1, $2) AS removed', [customerId, jobId]);
    return removed as boolean;
  }

  async saveDecisions(manager: EntityManager, jobId: number, decisions: readonly { rowNumber: number; undo: ImportUndoResult }[]): Promise<void> {
    if (!decisions.length) return;
    await manager.query(
      `UPDATE import_rows r SET undo = d.undo FROM unnest($2::int[], $3::varchar[]) AS d(n, undo) WHERE r.job_id = $1 AND r.row_number = d.n`,
      [jobId, decisions.map((d) => d.rowNumber), decisions.map((d) => d.undo)],
    );
  }
}
