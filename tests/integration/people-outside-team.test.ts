import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser, TEST_PASSWORD } from '../support/factories';

const PERSON = 'id name email role disabled department { name }';
const POOL_VIEW = `query($id: ID!) { poolCustomer(id: $id) {
  followUps { author { ${PERSON} } }
  poolHistory { previousOwner { name departmentName } } } }`;
const CUSTOMER_VIEW = `query($id: ID!) { customer(id: $id) {
  owner { ${PERSON} }
  followUps { author { ${PERSON} } }
  ownershipEvents { kind from { ${PERSON} } to { ${PERSON} } actor { ${PERSON} } } } }`;

type Who = 'colleague' | 'subRep' | 'southRep' | 'rep' | 'manager' | 'admin';

/**
 * A customer that passed through several teams carries their people on its timeline. Outside
 * the viewer's own team (rep: their department; manager: their subtree; admin: everyone) a
 * person is a name and a department: no email, no role, not even whether they are disabled.
 */
describe('people outside the viewer\'s team', () => {
  let t: TestServer;
  const users = {} as Record<Who, { id: number; email: string; name: string; role: string }>;
  const departmentOf: Record<Who, string> = {
    colleague: 'North', subRep: 'North key accounts', southRep: 'South', rep: 'North', manager: 'North', admin: 'Sales',
  };
  const as = (who: Who) => loginAs(t.graphqlUrl, users[who]);
  let id: string;

  /** How `viewer` must see `person`: everything inside their team, name and department outside. */
  const seen = (person: Who, detailed: boolean) => ({
    id: String(users[person].id),
    name: users[person].name,
    email: detailed ? users[person].email : null,
    role: detailed ? users[person].role : null,
    disabled: detailed ? false : null,
    department: { name: departmentOf[person] },
  });

  beforeAll(async () => {
    t = await startTestServer();
    const sales = await makeDepartment(t.dataSource, 'Sales');
    const north = await makeDepartment(t.dataSource, 'North', sales);
    const northKey = await makeDepartment(t.dataSource, 'North key accounts', north);
    const south = await makeDepartment(t.dataSource, 'South', sales);
    const made = {
      colleague: await makeUser(t.dataSource, { department: north, name: 'Cleo Colleague' }),
      subRep: await makeUser(t.dataSource, { department: northKey, name: 'Kit Keyaccount' }),
      southRep: await makeUser(t.dataSource, { department: south, name: 'Sam South' }),
      rep: await makeUser(t.dataSource, { department: north, name: 'Nia North' }),
      manager: await makeUser(t.dataSource, { role: 'MANAGER', department: north, name: 'Mo Manager' }),
      admin: await makeUser(t.dataSource, { role: 'ADMIN', department: sales, name: 'Ada Admin' }),
    };
    Object.assign(users, made);

    // The customer goes round: the colleague creates it, then the sub-department rep and the
    // South rep each claim it, log a follow-up and give it back.
    id = await createCustomerAs(t.graphqlUrl, await as('colleague'), { companyName: 'Roundabout Rigging' });
    for (const who of ['colleague', 'subRep', 'southRep'] as const) {
      const token = await as(who);
      if (who !== 'colleague') {
        const claim = await gql(t.graphqlUrl, 'mutation($id: ID!) { claimCustomers(ids: [$id]) { ok code } }', { id }, { token });
        expect(claim.data.claimCustomers, who).toEqual([{ ok: true, code: null }]);
      }
      const log = await gql(t.graphqlUrl, 'mutation($id: ID!) { logFollowUp(input: { customerId: $id, type: CALL, content: "Called about the spring order" }) { followUp { id } } }', { id }, { token });
      expect(log.errors, who).toBeUndefined();
      const back = await gql(t.graphqlUrl, 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NO_CONTACT") }', { id }, { token });
      expect(back.errors, who).toBeUndefined();
    }
  });
  afterAll(() => t.stop());

  it('shows pool follow-up authors by name and department only outside the viewer\'s team, and history owners that way to everyone', async () => {
    // A rep's team is their own department: the colleague yes, a sub-department or South no.
    // A manager's team is their subtree: the sub-department too. An admin's: everyone.
    const expected: Record<'rep' | 'manager' | 'admin', Record<'southRep' | 'subRep' | 'colleague', boolean>> = {
      rep: { southRep: false, subRep: false, colleague: true },
      manager: { southRep: false, subRep: true, colleague: true },
      admin: { southRep: true, subRep: true, colleague: true },
    };
    for (const viewer of ['rep', 'manager', 'admin'] as const) {
      const res = await gql(t.graphqlUrl, POOL_VIEW, { id }, { token: await as(viewer) });
      expect(res.errors, viewer).toBeUndefined();
      const { followUps, poolHistory } = res.data.poolCustomer;
      expect(followUps.map((f: any) => f.author), viewer).toEqual(
        (['southRep', 'subRep', 'colleague'] as const).map((who) => seen(who, expected[viewer][who])),
      );
      expect(poolHistory.map((e: any) => e.previousOwner), viewer).toEqual([
        { name: 'Sam South', departmentName: 'South' },
        { name: 'Kit Keyaccount', departmentName: 'North key accounts' },
        { name: 'Cleo Colleague', departmentName: 'North' },
      ]);
    }
  });

  it('shows earlier owners from other teams by name and department only in ownership events and follow-ups once claimed', async () => {
    const token = await as('rep');
    const claim = await gql(t.graphqlUrl, 'mutation($id: ID!) { claimCustomers(ids: [$id]) { ok } }', { id }, { token });
    expect(claim.data.claimCustomers).toEqual([{ ok: true }]);

    const res = await gql(t.graphqlUrl, CUSTOMER_VIEW, { id }, { token });
    expect(res.errors).toBeUndefined();
    const customer = res.data.customer;
    expect(customer.owner).toEqual(seen('rep', true));
    expect(customer.followUps.map((f: any) => f.author)).toEqual([seen('southRep', false), seen('subRep', false), seen('colleague', true)]);
    const events = customer.ownershipEvents.map((e: any) => [e.kind, e.from, e.to, e.actor]);
    expect(events).toEqual([
      ['CLAIMED', null, seen('rep', true), seen('rep', true)],
      ['RETURNED', seen('southRep', false), null, seen('southRep', false)],
      ['CLAIMED', null, seen('southRep', false), seen('southRep', false)],
      ['RETURNED', seen('subRep', false), null, seen('subRep', false)],
      ['CLAIMED', null, seen('subRep', false), seen('subRep', false)],
      ['RETURNED', seen('colleague', true), null, seen('colleague', true)],
      ['CREATED', null, seen('colleague', true), seen('colleague', true)],
    ]);

    // The rep's manager sees the same customer with their subtree in full, South still by name.
    const managed = await gql(t.graphqlUrl, CUSTOMER_VIEW, { id }, { token: await as('manager') });
    expect(managed.data.customer.followUps.map((f: any) => f.author)).toEqual([seen('southRep', false), seen('subRep', true), seen('colleague', true)]);
    // An admin sees everyone in full.
    const admin = await gql(t.graphqlUrl, CUSTOMER_VIEW, { id }, { token: await as('admin') });
    expect(admin.data.customer.followUps.map((f: any) => f.author)).toEqual([seen('southRep', true), seen('subRep', true), seen('colleague', true)]);
  });

  it('still gives the signed-in user their own details, at login and in me', async () => {
    const login = await gql(t.graphqlUrl, 'mutation($input: LoginInput!) { login(input: $input) { user { email role } } }', {
      input: { email: users.rep.email, password: TEST_PASSWORD },
    });
    expect(login.data.login.user).toEqual({ email: users.rep.email, role: 'REP' });
    const me = await gql(t.graphqlUrl, '{ me { email role disabled } }', {}, { token: await as('rep') });
    expect(me.data.me).toEqual({ email: users.rep.email, role: 'REP', disabled: false });
  });
});
