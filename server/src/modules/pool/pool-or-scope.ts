import { canSeeCustomer, type CustomerOwnership, type Viewer } from '@berth/domain';

/**
 * What a claim or an assignment may look at: a pool customer (everyone browses the pool) or
 * one in the viewer's scope. Anything else — another team's customer — is answered exactly
 * like an id that names nothing (NOT_VISIBLE), so a refusal never confirms that a hidden
 * customer exists, let alone that someone owns it.
 */
export function inPoolOrScope<T extends CustomerOwnership>(viewer: Viewer, customer: T | null): customer is T {
  return customer !== null && (customer.ownerId === null || canSeeCustomer(viewer, customer));
}
