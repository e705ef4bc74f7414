import { computeProtectionEnd, type CustomerAlias, type CustomerStatus, type PoolPolicy } from '@berth/domain';
import type { ActivityRepository } from '../activity/activity.repository';
import type { DuplicateGate } from '../duplicates/duplicate-gate';
import type { OrgRepository } from '../org/org.repository';
import type { OwnershipLedger } from '../ownership/ownership-ledger';
import type { Tx } from '../ownership/unit-of-work';
import type { ContactRepository } from './contact.repository';
import type { CustomerEntity } from './customer.entity';
import type { CustomerRepository } from './customer.repository';
import { recordStatusChanges } from './record-status-change';

/** A new customer's own fields, already checked. */
export interface NewCustomerFields {
  companyName: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  industry: string | null;
  regionId: number | null;
  source: string | null;
  tags: string[];
  /** Null: the default tier. */
  tierCode: string | null;
  /** Null: NEW. */
  status: CustomerStatus | null;
  /** Other names (former, English, Chinese, brands), checked and stored with their keys. */
  aliases?: readonly CustomerAlias[];
}

export interface NewContactFields {
  name: string;
  title: string | null;
  phones: string[];
  emails: string[];
}

/** One customer to open: its fields, who opens it, who owns it (null: the pool), the import it comes from, its contacts. */
export interface Opening {
  fields: NewCustomerFields;
  actorId: number;
  ownerId: number | null;
  importJobId?: number | null;
  contacts?: readonly NewContactFields[];
}

/**
 * How customers come into Berth, in the caller's transaction — a save (the creator owns it, one
 * customer) and an import's chunk (to reps or into the pool, many) alike, in a fixed number of
 * statements however many: the records, their contacts, their ownership rows and first events (by
 * the ledger), their match keys (contacts included) and word counts, their first status, and one
 * line each in the activity log. Duplicate checks are the caller's: they differ.
 */
export class CustomerOpening {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly contacts: ContactRepository,
    private readonly ledger: OwnershipLedger,
    private readonly gate: DuplicateGate,
    private readonly org: OrgRepository,
    private readonly activity: ActivityRepository,
  ) {}

  async open(tx: Tx, now: Date, policy: PoolPolicy, opening: Opening): Promise<CustomerEntity> {
    const [customer] = await this.openMany(tx, now, policy, [opening]);
    return customer;
  }

  async openMany(tx: Tx, now: Date, policy: PoolPolicy, openings: readonly Opening[]): Promise<CustomerEntity[]> {
    if (!openings.length) return [];
    const { manager } = tx;
    const defaultTier = openings.some((o) => o.fields.tierCode === null) ? await this.org.defaultTierCode(manager) : null;
    const keys = await this.gate.newKeys(manager, openings.map((o) => ({ fields: o.fields, contacts: o.contacts ?? [] })));
    const customers = await this.customers.insertMany(
      manager,
      openings.map(({ fields: { aliases: _stored, ...fields }, actorId }, i) => ({
        ...fields,
        tierCode: fields.tierCode ?? defaultTier!,
        status: fields.status ?? 'NEW',
        nameKey: keys[i].nameKey,
        nameCore: keys[i].nameCore,
        createdById: actorId,
        createdAt: now,
        updatedAt: now,
      })),
    );
    const contacts = openings.map((o, i) => (o.contacts ?? []).map((c) => ({ customerId: customers[i].id, ...c, birthday: null, createdAt: now, updatedAt: now })));
    await this.contacts.insertMany(manager, contacts.flat());
    const ends = openings.map((o, i) =>
      o.ownerId === null ? null : computeProtectionEnd({ ownedSince: now, tier: customers[i].tierCode, followUps: [], hasWonDeal: customers[i].status === 'WON', policy }),
    );
    await this.ledger.open(
      tx,
      now,
      openings.map((o, i) => ({ customerId: customers[i].id, ownerId: o.ownerId, actorId: o.actorId, protectedUntil: ends[i], importJobId: o.importJobId ?? null })),
    );
    customers.forEach((customer, i) => {
      const ownerId = openings[i].ownerId;
      customer.ownership = { customerId: customer.id, ownerId, ownedSince: ownerId === null ? null : now, ownerChangedAt: now, protectedUntil: ends[i], remindedFor: null, locked: false };
    });
    await this.gate.storeNewKeys(manager, customers.map((customer, i) => ({ customerId: customer.id, keys: keys[i] })));
    await recordStatusChanges(manager, customers.map((c, i) => ({ customerId: c.id, status: c.status, changedAt: now, actorId: openings[i].actorId })));
    await this.activity.append(
      manager,
      customers.map((customer, i) => ({
        customerId: customer.id,
        subject: 'CUSTOMER' as const,
        subjectId: null,
        action: openings[i].importJobId ? ('IMPORT' as const) : ('CREATE' as const),
        actorId: openings[i].actorId,
        occurredAt: now,
        summary: { after: customer.companyName },
      })),
    );
    return customers;
  }
}
