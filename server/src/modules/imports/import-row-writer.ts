import {
  LIMITS,
  blankFieldsToFill,
  fieldChanges,
  type ImportCard,
  type PoolPolicy,
  type Viewer,
} from '@berth/domain';
import type { ActivityRepository } from '../activity/activity.repository';
import type { ContactRepository } from '../customers/contact.repository';
import type { CustomerOpening, NewContactFields } from '../customers/customer-opening';
import type { DuplicateGate } from '../duplicates/duplicate-gate';
import type { Tx } from '../ownership/unit-of-work';
import { regionKey } from './import.repository';
import type { ImportWriteRepository, WrittenRow } from './import-write.repository';

/** What every row of one chunk is written under. */
export interface RowWriteContext {
  jobId: number;
  /** The trade show: the customer's source when the row names none, and a tag. */
  source: string | null;
  uploader: Viewer;
  now: Date;
  policy: PoolPolicy;
  regions: ReadonlyMap<string, number>;
}

/** The fields "fill blank fields" may write, as they are logged. */
const FILLED_FIELDS = ['phone', 'email', 'website', 'industry', 'regionId'] as const;

/**
 * Writes one row of an import, inside the chunk's transaction (under the row's savepoint): a new
 * customer, a pool customer's blank fields, or a contact added to the customer an earlier row of
 * the same company became. Each says what it did as the row's outcome.
 */
export class ImportRowWriter {
  constructor(
    private readonly opening: CustomerOpening,
    private readonly writes: ImportWriteRepository,
    private readonly contacts: ContactRepository,
    private readonly gate: DuplicateGate,
    private readonly activity: ActivityRepository,
  ) {}

  /**
   * New customers from rows the write has checked again (under the save's key locks) and found
   * clear, all at once: one set of statements for the chunk's new rows.
   */
  async createMany(tx: Tx, ctx: RowWriteContext, rows: readonly { rowNumber: number; card: ImportCard; ownerId: number | null }[]): Promise<WrittenRow[]> {
    const customers = await this.opening.openMany(
      tx,
      ctx.now,
      ctx.policy,
      rows.map(({ card, ownerId }) => ({
        fields: {
          companyName: card.companyName!,
          website: card.website,
          email: card.email,
          phone: card.phone,
          industry: card.industry,
          regionId: regionOf(ctx, card),
          source: card.source ?? ctx.source,
          tags: withShowTag(card.tags, ctx.source),
          tierCode: null,
          status: null,
        },
        actorId: ctx.uploader.userId,
        ownerId,
        importJobId: ctx.jobId,
        contacts: card.contact ? [contactOf(card)] : [],
      })),
    );
    return rows.map(({ rowNumber }, i) => ({ rowNumber, outcome: 'CREATED', reason: null, customerId: customers[i].id }));
  }

  /** Fills only the fields the pool customer lacks; one that left the pool since the check is left alone. */
  async fillBlanks(tx: Tx, ctx: RowWriteContext, rowNumber: number, card: ImportCard, customerId: number): Promise<WrittenRow> {
    const target = await this.writes.lockCustomer(tx.manager, customerId);
    if (!target || target.ownerId !== null) return { rowNumber, outcome: 'SKIPPED', reason: 'LEFT_POOL_SINCE_CHECK', customerId: null };
    const { customer } = target;
    const fill = blankFieldsToFill(customer, { phone: card.phone, email: card.email, website: card.website, industry: card.industry, regionId: regionOf(ctx, card) });
    if (!Object.keys(fill).length) return { rowNumber, outcome: 'SKIPPED', reason: 'NOTHING_TO_FILL', customerId };
    const before = { ...customer };
    Object.assign(customer, fill, { updatedAt: ctx.now });
    const saved = await this.writes.save(tx.manager, customer);
    await this.gate.refreshKeys(tx.manager, saved);
    await this.activity.append(tx.manager, [
      { customerId, subject: 'CUSTOMER', subjectId: null, action: 'IMPORT', actorId: ctx.uploader.userId, occurredAt: ctx.now, changes: fieldChanges(before, saved, FILLED_FIELDS) },
    ]);
    return { rowNumber, outcome: 'FILLED', reason: null, customerId };
  }

  /** Adds the row's contact to the customer the earlier row of the same company became. */
  async mergeContact(tx: Tx, ctx: RowWriteContext, rowNumber: number, card: ImportCard, customerId: number): Promise<WrittenRow> {
    if (!card.contact) return { rowNumber, outcome: 'SKIPPED', reason: 'NO_CONTACT_TO_MERGE', customerId: null };
    const target = await this.writes.lockCustomer(tx.manager, customerId);
    if (!target) return { rowNumber, outcome: 'SKIPPED', reason: 'EARLIER_ROW_NOT_IMPORTED', customerId: null };
    const contact = await this.contacts.insert(tx.manager, { customerId, ...contactOf(card), birthday: null, createdAt: ctx.now, updatedAt: ctx.now });
    await this.gate.refreshKeys(tx.manager, target.customer);
    await this.activity.append(tx.manager, [
      { customerId, subject: 'CONTACT', subjectId: contact.id, action: 'IMPORT', actorId: ctx.uploader.userId, occurredAt: ctx.now, summary: { after: contact.name } },
    ]);
    return { rowNumber, outcome: 'MERGED', reason: null, customerId };
  }
}

function contactOf(card: ImportCard): NewContactFields {
  const { name, title, phones, emails } = card.contact!;
  return { name, title, phones, emails };
}

/** The pre-check named unknown regions as problems, so a region written here is known (a renamed one since then is left blank). */
function regionOf(ctx: RowWriteContext, card: ImportCard): number | null {
  return card.region === null ? null : (ctx.regions.get(regionKey(card.region)) ?? null);
}

/** The row's tags and the trade show's name, once, within the tag limit. */
function withShowTag(tags: readonly string[], show: string | null): string[] {
  if (show === null || tags.some((t) => t.toLowerCase() === show.toLowerCase()) || tags.length >= LIMITS.tags) return [...tags];
  return [...tags, show];
}
