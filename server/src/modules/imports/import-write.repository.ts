import type { EntityManager } from 'typeorm';
import type { FieldProblem, ImportOutcome, ImportOutcomeReason, ImportRowClass } from '@berth/domain';
import { CustomerEntity } from '../customers/customer.entity';
import type { DuplicateMatchView } from '../duplicates/duplicate-result';

/** A checked row the write has not reached. */
export interface UnwrittenRow {
  rowNumber: number;
  cells: (string | null)[];
  class: ImportRowClass;
  problems: FieldProblem[] | null;
  earlierRow: number | null;
  match: DuplicateMatchView | null;
}

/** What the write made of one row. */
export interface WrittenRow {
  rowNumber: number;
  outcome: ImportOutcome;
  reason: ImportOutcomeReason | null;
  customerId: number | null;
}

/** The pool customer's fields a "fill blank fields" row may write, read under its lock. */
export interface FillTarget {
  ownerId: number | null;
  customer: CustomerEntity;
}

/** The rows an import writes and what became of each, and the customers the write touches. */
export class ImportWriteRepository {
  /** The next checked rows without an outcome, in file order. */
  unwrittenRows(manager: EntityManager, jobId: number, limit: number): Promise<UnwrittenRow[]> {
    return manager.query(
      `SELECT row_number AS "rowNumber", cells, class, problems, earlier_row AS "earlierRow", match
         FROM import_rows WHERE job_id = $1 AND outcome IS NULL AND class IS NOT NULL ORDER BY row_number LIMIT $2`,
      [jobId, limit],
    );
  }

  async saveOutcomes(manager: EntityManager, jobId: number, rows: readonly WrittenRow[]): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `UPDATE import_rows r SET outcome = w.outcome, outcome_reason = w.reason, customer_id = w.customer_id
         FROM unnest($2::int[], $3::varchar[], $4::varchar[], $5::int[]) AS w(n, outcome, reason, customer_id)
        WHERE r.job_id = $1 AND r.row_number = w.n`,
      [jobId, rows.map((r) => r.rowNumber), rows.map((r) => r.outcome), rows.map((r) => r.reason), rows.map((r) => r.customerId)],
    );
  }

  /** Every row still without an outcome ends CANCELLED; returns how many. */
  async cancelUnwritten(manager: EntityManager, jobId: number): Promise<number> {
    const [, count] = await manager.query(
      `UPDATE import_rows SET outcome = 'CANCELLED', outcome_reason = 'CANCELLED' WHERE job_id = $1 AND outcome IS NULL`,
      [jobId],
    );
    return count as number;
  }

  /** The customer each of these rows created, filled or added its contact to (rows written earlier, in earlier chunks). */
  async customersOfRows(manager: EntityManager, jobId: number, rowNumbers: readonly number[]): Promise<Map<number, number>> {
    if (!rowNumbers.length) return new Map();
    const rows: { rowNumber: number; customerId: number }[] = await manager.query(
      `SELECT row_number AS "rowNumber", customer_id AS "customerId" FROM import_rows
        WHERE job_id = $1 AND row_number = ANY($2::int[]) AND customer_id IS NOT NULL AND outcome IN ('CREATED', 'FILLED', 'MERGED')`,
      [jobId, rowNumbers],
    );
    return new Map(rows.map((r) => [r.rowNumber, r.customerId]));
  }

  /**
   * A customer locked for this transaction (its ownership row first, then the record: the order
   * every writer keeps), with its owner; null when it no longer exists.
   */
  async lockCustomer(manager: EntityManager, customerId: number): Promise<FillTarget | null> {
    const [owned] = await manager.query('SELECT owner_id AS "ownerId" FROM customer_ownership WHERE customer_id = $1 FOR UPDATE', [customerId]);
    if (!owned) return null;
    await manager.query('SELECT 1 FROM customers WHERE id = $1 FOR UPDATE', [customerId]);
    const customer = await manager.getRepository(CustomerEntity).findOneBy({ id: customerId });
    return customer ? { ownerId: owned.ownerId, customer } : null;
  }

  /** Locks these customers' ownership rows in id order, before any rep's counter (the order claims keep). */
  async lockOwnershipRows(manager: EntityManager, customerIds: readonly number[]): Promise<void> {
    if (!customerIds.length) return;
    await manager.query('SELECT 1 FROM customer_ownership WHERE customer_id = ANY($1::int[]) ORDER BY customer_id FOR UPDATE', [[...new Set(customerIds)]]);
  }

  save(manager: EntityManager, customer: CustomerEntity): Promise<CustomerEntity> {
    return manager.getRepository(CustomerEntity).save(customer);
  }
}
