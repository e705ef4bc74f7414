import type { CustomerChangedEvent } from '../../graphql/pubsub';
import type { OwnerMoveKind } from './owner-move';

/** A move the ledger applied: the customer went from `from` to `to` (null = the pool). */
export interface AppliedMove {
  customerId: number;
  kind: OwnerMoveKind | 'CREATED' | 'IMPORTED';
  from: number | null;
  to: number | null;
}

/** What committed changes tell the rest of Berth. Published by the unit of work after commit. */
export type DomainEvent =
  /** Customers changed hands (written by the ownership ledger only). */
  | { type: 'OWNERS_CHANGED'; moves: AppliedMove[] }
  /** A customer's record, contacts or follow-ups changed; heard by those `event.audience` names. */
  | { type: 'CUSTOMER_CHANGED'; event: CustomerChangedEvent };
