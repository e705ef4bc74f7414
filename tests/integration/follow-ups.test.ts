import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const LOG = `mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) {
  followUp { id type content occurredAt counted nextStep remindAt author { name } }
  customer { id protectedUntil followUps { id counted } } } }`;
const DAY = 86_400_000;

describe('follow-ups', () => {
  let t: TestServer;
  let token: string;
  let strangerToken: string;
  let users: { rep: { email: string }; stranger: { email: string } };
  beforeAll(async () => {
    t = await startTestServer({ now: '2026-11-01T09:00:00Z' });
    users = { rep: await makeUser(t.dataSource, { name: 'Fay Follow' }), stranger: await makeUser(t.dataSource) };
  });
  // These tests move the clock by weeks: sign in afresh so sessions never run out mid-test.
  beforeEach(async () => {
    token = await loginAs(t.graphqlUrl, users.rep);
    strangerToken = await loginAs(t.graphqlUrl, users.stranger);
  });
  afterAll(() => t.stop());

  const log = (input: object, tk = token) => gql(t.graphqlUrl, LOG, { input }, { token: tk });

  it('protects a new customer for the policy’s 30 days, and a valid follow-up moves the end to its time + 30 days', async () => {
    const id = await createCustomerAs(t.graphqlUrl, token, { companyName: 'Timeline Traders' });
    const before = await gql(t.graphqlUrl, 'query($id: ID!) { customer(id: $id) { protectedUntil } }', { id }, { token });
    expect(before.data.customer.protectedUntil).toBe(new Date(t.clock.now().getTime() + 30 * DAY).toISOString());

    t.clock.advance(10 * DAY);
    const res = await log({ customerId: id, type: 'CALL', content: 'Discussed the spring order in detail', nextStep: 'Send quote', remindAt: new Date(t.clock.now().getTime() + 2 * DAY).toISOString() });
    expect(res.errors).toBeUndefined();
    const { followUp, customer } = res.data.logFollowUp;
    expect(followUp).toMatchObject({ type: 'CALL', counted: true, nextStep: 'Send quote', author: { name: 'Fay Follow' }, occurredAt: t.clock.now().toISOString() });
    expect(customer.protectedUntil).toBe(new Date(t.clock.now().getTime() + 30 * DAY).toISOString());
    expect(customer.followUps).toHaveLength(1);
  });

  it('keeps short or uncounted follow-ups on the timeline without extending protection', async () => {
    const id = await createCustomerAs(t.graphqlUrl, token, { companyName: 'Short Notes Ltd' });
    const start = (await gql(t.graphqlUrl, 'query($id: ID!) { customer(id: $id) { protectedUntil } }', { id }, { token })).data.customer.protectedUntil;
    t.clock.advance(5 * DAY);
    const short = await log({ customerId: id, type: 'CALL', content: 'hi' });
    const note = await log({ customerId: id, type: 'NOTE', content: 'A long internal note that is not contact' });
    expect(short.data.logFollowUp.followUp.counted).toBe(false);
    expect(note.data.logFollowUp.followUp.counted).toBe(false);
    expect(note.data.logFollowUp.customer.protectedUntil).toBe(start);
    expect(note.data.logFollowUp.customer.followUps.map((f: any) => f.counted)).toEqual([false, false]);
  });

  it('never shortens protection with a back-dated follow-up', async () => {
    const id = await createCustomerAs(t.graphqlUrl, token, { companyName: 'Backdated Bakery' });
    t.clock.advance(10 * DAY);
    await log({ customerId: id, type: 'VISIT', content: 'Visited the plant and met the buyer' });
    const end = (await gql(t.graphqlUrl, 'query($id: ID!) { customer(id: $id) { protectedUntil } }', { id }, { token })).data.customer.protectedUntil;
    const older = await log({ customerId: id, type: 'CALL', content: 'Earlier call that was logged late', occurredAt: new Date(t.clock.now().getTime() - 5 * DAY).toISOString() });
    expect(older.data.logFollowUp.customer.protectedUntil).toBe(end);
  });

  it.each([
    [{ type: 'CALL', content: '   ' }, 'content'],
    [{ type: 'CALL', content: 'Future call', occurredAt: '2099-01-01T00:00:00Z' }, 'occurredAt'],
    [{ type: 'CALL', content: 'Reminder first', remindAt: '2000-01-01T00:00:00Z' }, 'remindAt'],
  ])('refuses %o with a field error on %s and logs nothing', async (input, field) => {
    const id = await createCustomerAs(t.graphqlUrl, token, { companyName: `Refusal ${field} Co` });
    const res = await log({ customerId: id, ...input });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields!.map((f) => f.field)).toContain(field);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM follow_ups WHERE customer_id = $1', [id]);
    expect(n).toBe(0);
  });

  it("answers another rep's customer like a missing one", async () => {
    const id = await createCustomerAs(t.graphqlUrl, token, { companyName: 'Private Follow Co' });
    const res = await log({ customerId: id, type: 'CALL', content: 'Sneaky call from elsewhere' }, strangerToken);
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(res.errors![0].message).toBe('Customer not found.');
  });
});
