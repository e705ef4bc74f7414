import { createPubSub } from '@graphql-yoga/subscription';
import type { CustomerOwnership } from '@berth/domain';

export type CustomerChangeKind = 'CREATED' | 'UPDATED';

/** What travels on the bus: ids and ownership only, so filters can decide visibility without a query. */
export interface CustomerChangedEvent extends CustomerOwnership {
  kind: CustomerChangeKind;
  customerId: number;
}

/** A clash was recorded; only its recipients' subscriptions pass the filter. */
export interface ClashAlertEvent {
  clashId: number;
  recipientIds: number[];
}

/** Customers entered or left the pool. Ids only: the pool is public, and clients refetch what they show. */
export interface PoolChangedEvent {
  kind: 'RECYCLED' | 'RETURNED' | 'CLAIMED';
  customerIds: number[];
}

export const TOPICS = { customerChanged: 'CUSTOMER_CHANGED', clashAlert: 'CLASH_ALERT', poolChanged: 'POOL_CHANGED' } as const;

export type BerthPubSubTopics = {
  [TOPICS.customerChanged]: [CustomerChangedEvent];
  [TOPICS.clashAlert]: [ClashAlertEvent];
  [TOPICS.poolChanged]: [PoolChangedEvent];
};

/**
 * In-process for one instance. Several instances share events by passing an `eventTarget`
 * backed by Postgres LISTEN/NOTIFY; publishers and subscribers do not change.
 */
export function createBerthPubSub() {
  return createPubSub<BerthPubSubTopics>();
}

export type BerthPubSub = ReturnType<typeof createBerthPubSub>;
