import type { RecyclePolicy } from '@berth/domain';
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
  // Without the policy's exclusions; lists use sortKeyFor, which keeps kept customers last.
  PROTECTED_UNTIL: { expr: "COALESCE(o.protected_until, CAST('infinity' AS timestamptz))", type: 'timestamptz' },
  OWNER_CHANGED_AT: { expr: 'o.owner_changed_at', type: 'timestamptz' },
};

const NEVER = "CAST('infinity' AS timestamptz)";

/**
 * The protection end a list sorts and filters by. A customer the policy keeps from recycling
 * (won, locked: `recycleExclusion`) has a countdown that does not run, so its end never comes:
 * it sorts after every counted one and is never "expiring soon". Without exclusions the plain
 * column (and its index) serves.
 */
export function protectionKey(policy: Pick<RecyclePolicy, 'excludeWon' | 'excludeLocked'>): string {
  const kept = [policy.excludeWon ? "c.status = 'WON'" : null, policy.excludeLocked ? 'o.locked' : null].filter((c) => c !== null);
  const end = `COALESCE(o.protected_until, ${NEVER})`;
  return kept.length ? `CASE WHEN ${kept.join(' OR ')} THEN ${NEVER} ELSE ${end} END` : end;
}

/** The sort key of a list under this policy. */
export function sortKeyFor(field: CustomerSortField, policy: Pick<RecyclePolicy, 'excludeWon' | 'excludeLocked'>): { expr: string; type: SortKeyType } {
  return field === 'PROTECTED_UNTIL' ? { expr: protectionKey(policy), type: 'timestamptz' } : SORT_KEYS[field];
}
