import type { DataSource, EntityManager } from 'typeorm';
import type { DuplicateDimension } from '@berth/domain';
import { ClashEntity } from './clash.entity';

export interface RevealRow {
  id: number;
  companyName: string;
  ownerId: number | null;
  ownerName: string | null;
  departmentName: string | null;
  departmentPath: string | null;
  protectedUntil: Date | null;
}

export interface ClashAlertRow {
  clashId: number;
  attemptedAt: Date;
  attemptedName: string;
  verdict: 'WARN' | 'BLOCK';
  dimensions: DuplicateDimension[];
  attemptedByName: string;
  attemptedByDepartment: string | null;
  /** Who owned the customer when the attempt was made (null: the pool); `customer` is as it is now. */
  ownerAtAttempt: { id: number; name: string; departmentName: string | null } | null;
  customer: RevealRow;
}

const REVEAL_COLUMNS = `c.id, c.company_name AS "companyName", co.owner_id AS "ownerId", o.name AS "ownerName",
  od.name AS "departmentName", od.path AS "departmentPath", co.protected_until AS "protectedUntil"`;
const REVEAL_JOINS = `JOIN customer_ownership co ON co.customer_id = c.id LEFT JOIN users o ON o.id = co.owner_id LEFT JOIN departments od ON od.id = o.department_id`;

/** Clash records and the little a clash may show of the customers involved. */
export class ClashRepository {
  constructor(private readonly dataSource: DataSource) {}

  reveal(customerIds: number[], manager: EntityManager = this.dataSource.manager): Promise<RevealRow[]> {
    return manager.query(`SELECT ${REVEAL_COLUMNS} FROM customers c ${REVEAL_JOINS} WHERE c.id = ANY($1)`, [customerIds]);
  }

  async insert(manager: EntityManager, clash: Omit<ClashEntity, 'id'>): Promise<number> {
    const saved = await manager.getRepository(ClashEntity).save(manager.getRepository(ClashEntity).create(clash));
    return saved.id;
  }

  /** Who hears of a clash: the owner and every active manager whose department contains the owner's. */
  /** The owner, the managers above them, and the admins who take every team's alerts (an admin's own choice). */
  async recipientsFor(ownerId: number, manager: EntityManager): Promise<number[]> {
    const rows: { id: number }[] = await manager.query(
      `SELECT $1::int AS id
       UNION
       SELECT m.id FROM users m JOIN departments md ON md.id = m.department_id
        WHERE m.role = 'MANAGER' AND NOT m.disabled
          AND (SELECT d.path FROM users o JOIN departments d ON d.id = o.department_id WHERE o.id = $1) LIKE md.path || '%'
       UNION
       SELECT a.id FROM users a WHERE a.role = 'ADMIN' AND NOT a.disabled AND a.all_clash_alerts`,
      [ownerId],
    );
    return rows.map((r) => r.id);
  }

  async alerts(clashIds: readonly number[]): Promise<ClashAlertRow[]> {
    const rows: (Omit<ClashAlertRow, 'customer' | 'ownerAtAttempt'> & RevealRow & { customerId: number; ownerAtAttemptId: number | null; ownerAtAttemptName: string | null; ownerAtAttemptDepartment: string | null })[] = await this.dataSource.query(
      `SELECT k.id AS "clashId", k.attempted_at AS "attemptedAt", k.attempted_name AS "attemptedName", k.verdict, k.dimensions,
              a.name AS "attemptedByName", ad.name AS "attemptedByDepartment",
              k.owner_id AS "ownerAtAttemptId", t.name AS "ownerAtAttemptName", td.name AS "ownerAtAttemptDepartment", ${REVEAL_COLUMNS}
         FROM clashes k
         JOIN users a ON a.id = k.attempted_by_id
         LEFT JOIN departments ad ON ad.id = a.department_id
         LEFT JOIN users t ON t.id = k.owner_id
         LEFT JOIN departments td ON td.id = t.department_id
         JOIN customers c ON c.id = k.customer_id ${REVEAL_JOINS}
        WHERE k.id = ANY($1)`,
      [clashIds],
    );
    return rows.map(({ clashId, attemptedAt, attemptedName, verdict, dimensions, attemptedByName, attemptedByDepartment, ownerAtAttemptId, ownerAtAttemptName, ownerAtAttemptDepartment, ...customer }) => ({
      clashId,
      attemptedAt,
      attemptedName,
      verdict,
      dimensions,
      attemptedByName,
      attemptedByDepartment,
      ownerAtAttempt: ownerAtAttemptId === null ? null : { id: ownerAtAttemptId, name: ownerAtAttemptName ?? '', departmentName: ownerAtAttemptDepartment },
      customer: customer as RevealRow,
    }));
  }
}
