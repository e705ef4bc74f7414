import type { CustomerSortField } from '../../graphql/enums';

/** The SQL types a sort key can have; a cursor's key is read back as one of them. */
export type SortKeyType = 'varchar' | 'timestamptz';

/**
 * SQL sort keys of the customer lists and their types: the list orders by `expr`, a cursor
 * carries its text form, and the next page casts it back to `type`. NULLs never reach a comparison.
 */
export const SORT_KEYS: Record<CustomerSortField, { expr: string; type: SortKeyType }> = {
  COMPANY_NAME: { expr: 'c.company_name', type: 'varchar' },
  CREATED_AT: { expr: 'c.created_at', type: 'timestamptz' },
  UPDATED_AT: { expr: 'c.updated_at', type: 'timestamptz' },
  OWNED_SINCE: { expr: "COALESCE(o.owned_since, CAST('-infinity' AS timestamptz))", type: 'timestamptz' },
  PROTECTED_UNTIL: { expr: "COALESCE(o.protected_until, CAST('infinity' AS timestamptz))", type: 'timestamptz' },
  OWNER_CHANGED_AT: { expr: 'o.owner_changed_at', type: 'timestamptz' },
};
