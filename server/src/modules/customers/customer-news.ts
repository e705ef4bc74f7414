import { canSeeCustomer, type Viewer } from '@berth/domain';
import { TOPICS, type BerthPubSub, type CustomerChangeKind, type CustomerChangedEvent, type PoolChangedEvent } from '../../graphql/pubsub';
import type { OrgRepository } from '../org/org.repository';

/**
 * Tells the viewers concerned what happened to customers, on `myCustomersChanged` (and every
 * dashboard what entered or left the pool, on `poolChanged`). Called after commit only: by the
 * unit of work's publisher (CommittedNews) for changes made in a transaction, and by a policy
 * save once it has re-derived every end.
 */
export class CustomerNews {
  constructor(
    private readonly pubsub: BerthPubSub,
    private readonly org: OrgRepository,
  ) {}

  /** Each owner (and their managers) hears about their own customers only: one lookup for a whole batch. */
  async toEachOwner(kind: CustomerChangeKind, idsOfOwner: Map<number, number[]>): Promise<void> {
    const paths = await this.org.departmentPathsOfUsers([...idsOfOwner.keys()]);
    for (const [ownerId, customerIds] of idsOfOwner) {
      this.publish({ kind, customerIds, audience: { owners: [{ ownerId, ownerDepartmentPath: paths.get(ownerId) ?? null }] } });
    }
  }

  toEveryone(kind: CustomerChangeKind): void {
    this.publish({ kind, customerIds: [], audience: { everyone: true } });
  }

  publish(event: CustomerChangedEvent): void {
    for (const customerIds of chunksOf(event.customerIds)) this.pubsub.publish(TOPICS.customerChanged, { ...event, customerIds });
  }

  /** To every dashboard: customers entered or left the public pool. */
  poolChanged(kind: PoolChangedEvent['kind'], customerIds: number[]): void {
    if (customerIds.length) for (const ids of chunksOf(customerIds)) this.pubsub.publish(TOPICS.poolChanged, { kind, customerIds: ids });
  }
}

/** Customer ids per owner, for announcing a batch to each owner it concerns. */
export function idsByOwner(items: readonly { customerId: number; ownerId: number }[]): Map<number, number[]> {
  const byOwner = new Map<number, number[]>();
  for (const { customerId, ownerId } of items) {
    const ids = byOwner.get(ownerId) ?? [];
    ids.push(customerId);
    byOwner.set(ownerId, ids);
  }
  return byOwner;
}

/** Events cross instances as Postgres notifications (under 8 kB): long id lists go in parts. */
const IDS_PER_EVENT = 400;

function chunksOf(ids: number[]): number[][] {
  if (ids.length <= IDS_PER_EVENT) return [ids];
  const chunks: number[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_EVENT) chunks.push(ids.slice(i, i + IDS_PER_EVENT));
  return chunks;
}

/** Whether `viewer` hears `event`: the subscription's filter, decided without a query. */
export function hearsCustomerChange(viewer: Viewer, event: CustomerChangedEvent): boolean {
  const { audience } = event;
  if ('everyone' in audience) return true;
  if ('userIds' in audience) return audience.userIds.includes(viewer.userId);
  return audience.owners.some((owner) => canSeeCustomer(viewer, owner));
}
