import type { DataSource } from 'typeorm';
import type { EntryReason } from '@berth/domain';

export interface LatestEntryRow {
  customerId: number;
  kind: string;
  reason: string;
  reasonDetail: EntryReason | null;
  enteredAt: Date;
  previousOwnerName: string | null;
  previousOwnerDepartment: string | null;
}

const ENTRY_COLUMNS = `p.customer_id AS "customerId", p.kind, p.reason, p.reason_detail AS "reasonDetail", p.entered_at AS "enteredAt",
  u.name AS "previousOwnerName", d.name AS "previousOwnerDepartment"`;
const ENTRY_FROM = `FROM pool_entries p LEFT JOIN users u ON u.id = p.previous_owner_id LEFT JOIN departments d ON d.id = u.department_id
  WHERE p.customer_id = ANY($1)`;

export class PoolEntryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The most recent pool entry of each customer. */
  latest(customerIds: readonly number[]): Promise<LatestEntryRow[]> {
    return this.dataSource.query(`SELECT DISTINCT ON (p.customer_id) ${ENTRY_COLUMNS} ${ENTRY_FROM} ORDER BY p.customer_id, p.entered_at DESC, p.id DESC`, [
      customerIds,
    ]);
  }

  /** Every pool entry of each customer, newest first: who held it before and why it came back each time. */
  history(customerIds: readonly number[]): Promise<LatestEntryRow[]> {
    return this.dataSource.query(`SELECT ${ENTRY_COLUMNS} ${ENTRY_FROM} ORDER BY p.customer_id, p.entered_at DESC, p.id DESC`, [customerIds]);
  }
}
