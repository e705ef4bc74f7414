import type { DataSource, EntityManager } from 'typeorm';
import type { CustomerAlias } from '@berth/domain';
import type { CustomerAliasEntity } from './customer-alias.entity';

/** An alias with its keys, as stored. */
export type KeyedAlias = CustomerAlias & { nameKey: string; nameCore: string };

/** Customers' other names, in their order, with the keys the duplicate check looks them up by. */
export class CustomerAliasRepository {
  constructor(private readonly dataSource: DataSource) {}

  async namesOf(manager: EntityManager, customerId: number): Promise<CustomerAlias[]> {
    return manager.query(`SELECT kind, name FROM customer_aliases WHERE customer_id = $1 ORDER BY position`, [customerId]);
  }

  /** For the request's loader: customers that reached it passed the visibility scope. */
  async byCustomerIds(customerIds: readonly number[]): Promise<Pick<CustomerAliasEntity, 'customerId' | 'kind' | 'name'>[]> {
    return this.dataSource.query(`SELECT customer_id AS "customerId", kind, name FROM customer_aliases WHERE customer_id = ANY($1::int[]) ORDER BY customer_id, position`, [customerIds]);
  }

  /** Writes customers' aliases in place of what they had, in one statement each way. */
  async replace(manager: EntityManager, entries: readonly { customerId: number; aliases: readonly KeyedAlias[] }[]): Promise<void> {
    if (!entries.length) return;
    await manager.query(`DELETE FROM customer_aliases WHERE customer_id = ANY($1::int[])`, [entries.map((e) => e.customerId)]);
    const rows = entries.flatMap((e) => e.aliases.map((a, position) => ({ customerId: e.customerId, position, ...a })));
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO customer_aliases (customer_id, position, kind, name, name_key, name_core)
       SELECT * FROM unnest($1::int[], $2::smallint[], $3::varchar[], $4::varchar[], $5::text[], $6::text[])`,
      [rows.map((r) => r.customerId), rows.map((r) => r.position), rows.map((r) => r.kind), rows.map((r) => r.name), rows.map((r) => r.nameKey), rows.map((r) => r.nameCore)],
    );
  }
}
