import type { Translate } from '../../i18n/translator';
import type { CustomerListFilter } from '../customers/hooks/useCustomerList';

/**
 * Which owned customers a manager moves: some by id (one, named, from its page), every customer
 * the list's filters match ("all N matching"), or everything one rep holds (from the Team page).
 */
export type CustomerMoveTarget =
  | { kind: 'selected'; ids: string[]; companyName?: string; ownerId?: string }
  | { kind: 'matching'; filter: CustomerListFilter; total: number }
  | { kind: 'ownedBy'; rep: { id: string; name: string } };

/** Exactly one of the two, as the server takes it. */
export type WhichCustomers = { customerIds: string[]; filter?: never } | { filter: CustomerListFilter; customerIds?: never };

export function whichCustomers(target: CustomerMoveTarget): WhichCustomers {
  if (target.kind === 'selected') return { customerIds: target.ids };
  if (target.kind === 'matching') return { filter: target.filter };
  return { filter: { ownerId: target.rep.id } };
}

/** The server's limit per request by filter (ASSIGN_LIMITS on the server). */
export const MOVE_AT_MOST = 500;

/** "Acme Ltd", "3 selected customers", "All 37 customers matching the filters", "Every customer 张敏 holds". */
export function describeMoveTarget(target: CustomerMoveTarget, t: Translate): string {
  if (target.kind === 'selected') {
    return target.companyName && target.ids.length === 1 ? target.companyName : t('moves.target.selected', { count: target.ids.length });
  }
  if (target.kind === 'matching') return t('moves.target.matching', { count: target.total });
  return t('moves.target.ownedBy', { name: target.rep.name });
}

/** The rep the customers are moved from, when there is one: they are not offered as the receiver. */
export function movedFrom(target: CustomerMoveTarget): string | undefined {
  if (target.kind === 'ownedBy') return target.rep.id;
  if (target.kind === 'matching') return target.filter.ownerId;
  return target.ownerId;
}

/** The one owner all these customers share, if they do: the rep a selection is moved away from. */
export function soleOwner(customers: readonly { owner: { id: string } | null }[]): string | undefined {
  const owners = new Set(customers.map((c) => c.owner?.id));
  const [only] = owners;
  return owners.size === 1 ? only : undefined;
}
