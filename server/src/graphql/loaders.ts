import DataLoader from 'dataloader';
import type { OrgRepository } from '../modules/org/org.repository';
import type { ContactRepository } from '../modules/customers/contact.repository';
import type { OwnershipEventRepository } from '../modules/ownership/ownership-event.repository';
import type { UserEntity } from '../modules/org/user.entity';
import type { DepartmentEntity } from '../modules/org/department.entity';
import type { RegionEntity } from '../modules/org/region.entity';
import type { TierEntity } from '../modules/customers/tier.entity';
import type { ContactEntity } from '../modules/customers/contact.entity';
import type { CustomerAliasEntity } from '../modules/customers/customer-alias.entity';
import type { CustomerAliasRepository } from '../modules/customers/customer-alias.repository';
import type { OwnershipEventEntity } from '../modules/ownership/ownership-event.entity';
import type { ClashAlertRow, ClashRepository, RevealRow } from '../modules/duplicates/clash.repository';
import type { FollowUpEntity } from '../modules/follow-ups/follow-up.entity';
import type { FollowUpRepository } from '../modules/follow-ups/follow-up.repository';
import type { LatestEntryRow, PoolEntryRepository } from '../modules/pool/pool-entry.repository';
import type { CollaboratorRow } from '../modules/collaborators/collaborator.repository';

/**
 * Per-request batchers: a page of 50 customers with owners, departments, regions, tiers and
 * contacts costs one query per relation, not one per row. Built fresh for each request (and
 * each subscription event) so nothing cached outlives a permission check.
 */
export interface Loaders {
  user: DataLoader<number, UserEntity | null>;
  department: DataLoader<number, DepartmentEntity | null>;
  region: DataLoader<number, RegionEntity | null>;
  tier: DataLoader<string, TierEntity | null>;
  contactsOfCustomer: DataLoader<number, ContactEntity[]>;
  aliasesOfCustomer: DataLoader<number, Pick<CustomerAliasEntity, 'customerId' | 'kind' | 'name'>[]>;
  ownershipEventsOfCustomer: DataLoader<number, OwnershipEventEntity[]>;
  clashAlert: DataLoader<number, ClashAlertRow | null>;
  /** The little a notice may show of a customer (its owner now, for whether the viewer may open it). */
  revealCustomer: DataLoader<number, RevealRow | null>;
  followUpsOfCustomer: DataLoader<number, FollowUpEntity[]>;
  latestPoolEntry: DataLoader<number, LatestEntryRow | null>;
  poolHistory: DataLoader<number, LatestEntryRow[]>;
  /** The grants live at the request's time (the server clock), per customer. */
  collaboratorsOfCustomer: DataLoader<number, CollaboratorRow[]>;
}

export interface LoaderSources {
  org: OrgRepository;
  contacts: ContactRepository;
  aliases: CustomerAliasRepository;
  ownershipEvents: OwnershipEventRepository;
  clashes: ClashRepository;
  followUps: FollowUpRepository;
  poolEntries: PoolEntryRepository;
  collaborators: { activeFor(customerIds: readonly number[]): Promise<CollaboratorRow[]> };
}

export function createLoaders({ org, contacts, aliases, ownershipEvents, clashes, followUps, poolEntries, collaborators }: LoaderSources): Loaders {
  return {
    user: new DataLoader(async (ids) => byKey(ids, await org.usersByIds(ids), (u) => u.id)),
    department: new DataLoader(async (ids) => byKey(ids, await org.departmentsByIds(ids), (d) => d.id)),
    region: new DataLoader(async (ids) => byKey(ids, await org.regionsByIds(ids), (r) => r.id)),
    tier: new DataLoader(async (codes) => byKey(codes, await org.allTiers(), (t) => t.code)),
    contactsOfCustomer: new DataLoader(async (ids) => groupBy(ids, await contacts.byCustomerIds(ids), (c) => c.customerId)),
    aliasesOfCustomer: new DataLoader(async (ids) => groupBy(ids, await aliases.byCustomerIds(ids), (a) => a.customerId)),
    ownershipEventsOfCustomer: new DataLoader(async (ids) =>
      groupBy(ids, await ownershipEvents.byCustomerIds(ids), (e) => e.customerId),
    ),
    clashAlert: new DataLoader(async (ids) => byKey(ids, await clashes.alerts(ids), (a) => a.clashId)),
    revealCustomer: new DataLoader(async (ids) => byKey(ids, await clashes.reveal([...ids]), (r) => r.id)),
    followUpsOfCustomer: new DataLoader(async (ids) => groupBy(ids, await followUps.byCustomerIds(ids), (f) => f.customerId)),
    latestPoolEntry: new DataLoader(async (ids) => byKey(ids, await poolEntries.latest(ids), (e) => e.customerId)),
    poolHistory: new DataLoader(async (ids) => groupBy(ids, await poolEntries.history(ids), (e) => e.customerId)),
    collaboratorsOfCustomer: new DataLoader(async (ids) => groupBy(ids, await collaborators.activeFor(ids), (g) => g.customerId)),
  };
}

/** A user's department path through the loaders; null without a user or a department. */
export async function departmentPathOf(loaders: Loaders, userId: number): Promise<string | null> {
  const user = await loaders.user.load(userId);
  if (user?.departmentId == null) return null;
  return (await loaders.department.load(user.departmentId))?.path ?? null;
}

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k)!);
}
