import { computeProtectionEnd, type CustomerStatus } from '@berth/domain';
import type { ActivityRepository } from '../activity/activity.repository';
import type { DuplicateGate } from '../duplicates/duplicate-gate';
import type { OrgRepository } from '../org/org.repository';
import type { OwnershipLedger } from '../ownership/ownership-ledger';
import type { Tx } from '../ownership/unit-of-work';
import type { PoolPolicy } from '@berth/domain';
import type { ContactRepository } from './contact.repository';
import type { CustomerEntity } from './customer.entity';
import type { CustomerRepository } from './customer.repository';
import { recordStatusChange } from './record-status-change';

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
}

export interface NewContactFields {
  name: string;
  title: string | null;
  phones: string[];
  emails: string[];
}

/**
 * How a customer comes into Berth, in the caller's transaction — a save (the creator owns it) and
 * an import (to a rep, or into the pool with no owner) alike: the record, its contacts, its
 * ownership row and first event (by the ledger), its match keys (contacts included), its first
 * status, and one line in its activity log. Duplicate checks are the caller's: they differ.
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

  async open(
    tx: Tx,
    now: Date,
    policy: PoolPolicy,
    fields: NewCustomerFields,
    by: { actorId: number; ownerId: number | null; importJobId?: number | null; contacts?: readonly NewContactFields[] },
  ): Promise<CustomerEntity> {
    const { manager } = tx;
    const tierCode = fields.tierCode ?? (await this.org.defaultTierCode(manager));
    const status = fields.status ?? 'NEW';
    const customer = await this.customers.insert(manager, {
      ...fields,
      tierCode,
      status,
      nameKey: '', // written with the word counts by refreshKeys below
      nameCore: '',
      createdById: by.actorId,
      createdAt: now,
      updatedAt: now,
    });
    for (const contact of by.contacts ?? []) {
      await this.contacts.insert(manager, { customerId: customer.id, ...contact, birthday: null, createdAt: now, updatedAt: now });
    }
    const protectedUntil = by.ownerId === null ? null : computeProtectionEnd({ ownedSince: now, tier: tierCode, followUps: [], hasWonDeal: status === 'WON', policy });
    await this.ledger.open(tx, now, [{ customerId: customer.id, ownerId: by.ownerId, actorId: by.actorId, protectedUntil, importJobId: by.importJobId ?? null }]);
    customer.ownership = {
      customerId: customer.id,
      ownerId: by.ownerId,
      ownedSince: by.ownerId === null ? null : now,
      ownerChangedAt: now,
      protectedUntil,
      remindedFor: null,
      locked: false,
    };
    await this.gate.refreshKeys(manager, customer, '');
    await recordStatusChange(manager, { customerId: customer.id, status, changedAt: now, actorId: by.actorId });
    await this.activity.append(manager, [
      { customerId: customer.id, subject: 'CUSTOMER', subjectId: null, action: by.importJobId ? 'IMPORT' : 'CREATE', actorId: by.actorId, occurredAt: now, summary: { after: customer.companyName } },
    ]);
    return customer;
  }
}
