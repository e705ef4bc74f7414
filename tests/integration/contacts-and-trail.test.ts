import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const ADD = `mutation($id: ID!, $input: ContactInput!) { addContact(customerId: $id, input: $input) {
  contact { id name title phones emails birthday } customer { id contacts { id } } } }`;

describe('contacts', () => {
  let t: TestServer;
  let token: string;
  let strangerToken: string;
  let customerId: string;
  beforeAll(async () => {
    t = await startTestServer();
    token = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
    strangerToken = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
    customerId = await createCustomerAs(t.graphqlUrl, token, { companyName: 'Contacts Co' });
  });
  afterAll(() => t.stop());

  it('adds, edits and removes contacts with several phones and emails', async () => {
    const added = await gql(
      t.graphqlUrl,
      ADD,
      { id: customerId, input: { name: ' Ada Li ', title: 'CTO', phones: ['+86 21 6123 4567', '+86 138 0000 0000'], emails: ['Ada@Contacts.co', 'ada@contacts.co'], birthday: '1980-02-29' } },
      { token },
    );
    expect(added.errors).toBeUndefined();
    const contact = added.data.addContact.contact;
    expect(contact).toMatchObject({ name: 'Ada Li', phones: ['+86 21 6123 4567', '+86 138 0000 0000'], emails: ['ada@contacts.co'], birthday: '1980-02-29' });
    expect(added.data.addContact.customer.contacts).toHaveLength(1);

    const edited = await gql(
      t.graphqlUrl,
      'mutation($id: ID!) { updateContact(id: $id, input: { title: "CEO", birthday: null }) { contact { name title birthday } } }',
      { id: contact.id },
      { token },
    );
    expect(edited.data.updateContact.contact).toEqual({ name: 'Ada Li', title: 'CEO', birthday: null });

    const removed = await gql(t.graphqlUrl, 'mutation($id: ID!) { removeContact(id: $id) { removedContactId customer { contacts { id } } } }', { id: contact.id }, { token });
    expect(removed.data.removeContact).toEqual({ removedContactId: contact.id, customer: { contacts: [] } });
  });

  it('refuses bad contact input field by field', async () => {
    const res = await gql(t.graphqlUrl, ADD, { id: customerId, input: { name: 'B', emails: ['ok@x.io', 'nope'], birthday: '2030-01-01' } }, { token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['emails.1', 'birthday']);
  });

  it("hides another rep's contacts exactly like missing ones", async () => {
    const added = await gql(t.graphqlUrl, ADD, { id: customerId, input: { name: 'Private Person' } }, { token });
    const contactId = added.data.addContact.contact.id;
    for (const [query, vars] of [
      [ADD, { id: customerId, input: { name: 'Intruder' } }],
      ['mutation($id: ID!) { updateContact(id: $id, input: { name: "x" }) { contact { id } } }', { id: contactId }],
      ['mutation($id: ID!) { removeContact(id: $id) { removedContactId } }', { id: contactId }],
    ] as const) {
      const res = await gql(t.graphqlUrl, query, vars, { token: strangerToken });
      expect(errorCode(res)).toBe('NOT_FOUND');
    }
    const missing = await gql(t.graphqlUrl, 'mutation { removeContact(id: "2000000000") { removedContactId } }', {}, { token: strangerToken });
    const foreign = await gql(t.graphqlUrl, 'mutation($id: ID!) { removeContact(id: $id) { removedContactId } }', { id: contactId }, { token: strangerToken });
    expect(foreign.errors![0].message).toBe(missing.errors![0].message);
    const still = await gql(t.graphqlUrl, 'query($id: ID!) { customer(id: $id) { contacts { name } } }', { id: customerId }, { token });
    expect(still.data.customer.contacts.map((c: any) => c.name)).toEqual(['Private Person']);
  });
});

describe('the ownership trail is guarded by the database', () => {
  let t: TestServer;
  let customerId: number;
  let otherUserId: number;
  beforeAll(async () => {
    t = await startTestServer();
    const token = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
    otherUserId = (await makeUser(t.dataSource)).id;
    customerId = Number(await createCustomerAs(t.graphqlUrl, token, { companyName: 'Trail Co' }));
  });
  afterAll(() => t.stop());

  it('refuses to commit an owner change without its ownership event', async () => {
    await expect(
      t.dataSource.query('UPDATE customer_ownership SET owner_id = $1, owned_since = now() WHERE customer_id = $2', [otherUserId, customerId]),
    ).rejects.toThrow(/without an ownership event/);
    const [row] = await t.dataSource.query('SELECT owner_id FROM customer_ownership WHERE customer_id = $1', [customerId]);
    expect(row.owner_id).not.toBe(otherUserId);
  });

  it('refuses a customer inserted without its ownership row', async () => {
    await expect(
      t.dataSource.query(`INSERT INTO customers (company_name, tier_code, created_at, updated_at) VALUES ('Sneaky', 'C', now(), now())`),
    ).rejects.toThrow(/without its ownership row/);
  });

  it('refuses a customer inserted with an owner but without its ownership event', async () => {
    await expect(
      t.dataSource.transaction(async (m) => {
        const [{ id }] = await m.query(`INSERT INTO customers (company_name, tier_code, created_at, updated_at) VALUES ('Sneaky', 'C', now(), now()) RETURNING id`);
        await m.query('INSERT INTO customer_ownership (customer_id, owner_id, owned_since, owner_changed_at) VALUES ($1, $2, now(), now())', [id, otherUserId]);
      }),
    ).rejects.toThrow(/without an ownership event/);
  });

  it('never deletes a customer\'s ownership row', async () => {
    await expect(t.dataSource.query('DELETE FROM customer_ownership WHERE customer_id = $1', [customerId])).rejects.toThrow(/never deleted/);
  });

  it('accepts the change when the event is written in the same transaction, in either order', async () => {
    await t.dataSource.transaction(async (m) => {
      await m.query('UPDATE customer_ownership SET owner_id = $1, owned_since = now() WHERE customer_id = $2', [otherUserId, customerId]);
      await m.query(
        `INSERT INTO ownership_events (customer_id, to_user_id, kind, occurred_at) VALUES ($1, $2, 'TRANSFERRED', now())`,
        [customerId, otherUserId],
      );
    });
    const [row] = await t.dataSource.query('SELECT owner_id FROM customer_ownership WHERE customer_id = $1', [customerId]);
    expect(row.owner_id).toBe(otherUserId);
  });

  it('does not accept an event from another transaction as cover', async () => {
    await t.dataSource.query(`INSERT INTO ownership_events (customer_id, to_user_id, kind, occurred_at) VALUES ($1, NULL, 'RETURNED', now())`, [customerId]);
    await expect(t.dataSource.query('UPDATE customer_ownership SET owner_id = NULL, owned_since = NULL WHERE customer_id = $1', [customerId])).rejects.toThrow(
      /without an ownership event/,
    );
  });

  it('keeps the trail append-only', async () => {
    await expect(t.dataSource.query('UPDATE ownership_events SET reason = $1', ['rewritten'])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM ownership_events')).rejects.toThrow(/append-only/);
  });

  it('refuses an owner without an owned-since time, and the reverse', async () => {
    await expect(t.dataSource.query('UPDATE customer_ownership SET owned_since = NULL WHERE customer_id = $1', [customerId])).rejects.toThrow(
      /chk_customer_ownership_owned_since/,
    );
  });
});
