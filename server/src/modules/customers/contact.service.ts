import { BerthError, calendarDate, cleanList, cleanText, fieldChanges, validateContactFields, withoutUndefined, type Viewer } from '@berth/domain';
import type { Clock } from '../../clock';
import type { ContactRepository } from './contact.repository';
import type { CustomerService } from './customer.service';
import type { ContactInput, UpdateContactInput } from './customer.inputs';

/** A contact's fields, as the activity log follows them. */
const CONTACT_ACTIVITY_FIELDS = ['name', 'title', 'phones', 'emails', 'birthday'] as const;

/** Contacts belong to a customer: every change goes through the customer's visibility and lock. */
export class ContactService {
  constructor(
    private readonly customers: CustomerService,
    private readonly contacts: ContactRepository,
    private readonly clock: Clock,
    private readonly teamTimeZone: string,
  ) {}

  add(viewer: Viewer, customerId: number, input: ContactInput) {
    const fields = this.fieldsFrom(input, true);
    const now = this.clock.now();
    return this.customers.changeVisible(viewer, customerId, async (manager) => {
      const contact = await this.contacts.insert(manager, {
        customerId,
        name: fields.name!,
        title: fields.title ?? null,
        phones: fields.phones ?? [],
        emails: fields.emails ?? [],
        birthday: fields.birthday ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await this.customers.recordActivity(manager, [{ customerId, subject: 'CONTACT', subjectId: contact.id, action: 'ADD', actorId: viewer.userId, occurredAt: now, summary: { after: contact.name } }]);
      return contact;
    });
  }

  async update(viewer: Viewer, contactId: number, input: UpdateContactInput) {
    const fields = this.fieldsFrom(input, false);
    const customerId = await this.customerIdOf(contactId);
    return this.customers.changeVisible(viewer, customerId, async (manager) => {
      const contact = await this.contacts.findById(contactId, manager);
      if (!contact || contact.customerId !== customerId) throw contactNotFound();
      const before = { ...contact };
      Object.assign(contact, fields, { updatedAt: this.clock.now() });
      const saved = await this.contacts.save(manager, contact);
      await this.customers.recordActivity(manager, [
        { customerId, subject: 'CONTACT', subjectId: contactId, action: 'EDIT', actorId: viewer.userId, occurredAt: saved.updatedAt, changes: fieldChanges(before, saved, CONTACT_ACTIVITY_FIELDS) },
      ]);
      return saved;
    }, { notVisible: contactNotFound });
  }

  async remove(viewer: Viewer, contactId: number) {
    const customerId = await this.customerIdOf(contactId);
    return this.customers.changeVisible(viewer, customerId, async (manager) => {
      const contact = await this.contacts.findById(contactId, manager);
      await this.contacts.delete(manager, contactId);
      await this.customers.recordActivity(manager, [
        { customerId, subject: 'CONTACT', subjectId: contactId, action: 'REMOVE', actorId: viewer.userId, occurredAt: this.clock.now(), summary: { before: contact?.name ?? null } },
      ]);
      return contactId;
    }, { notVisible: contactNotFound });
  }

  /** The contact's customer; a missing contact and an invisible one look the same to the caller. */
  private async customerIdOf(contactId: number): Promise<number> {
    const contact = await this.contacts.findById(contactId);
    if (!contact) throw contactNotFound();
    return contact.customerId;
  }

  private fieldsFrom(input: UpdateContactInput, requireName: boolean) {
    const fields = {
      name: cleanText(input.name) ?? undefined,
      title: cleanText(input.title),
      phones: cleanList(input.phones),
      emails: cleanList(input.emails)?.map((e) => e.toLowerCase()),
      birthday: cleanText(input.birthday),
    };
    const problems = validateContactFields(
      { ...fields, name: input.name === undefined ? undefined : (fields.name ?? null) },
      { requireName, today: calendarDate(this.clock.now(), this.teamTimeZone) },
    );
    if (problems.length) throw BerthError.badInput(problems);
    return withoutUndefined(fields);
  }
}

function contactNotFound(): BerthError {
  return new BerthError('NOT_FOUND', 'Contact not found.');
}
