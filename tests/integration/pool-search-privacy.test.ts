import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const POOL_SEARCH = 'query($filter: PoolFilter) { poolCustomers(filter: $filter) { totalCount edges { node { id } } } }';

/**
 * The attack: a rep rebuilt a pool customer's hidden email and phone by searching the pool one
 * character at a time. The pool's search may match only what the pool shows.
 */
describe('pool search matches only what the pool shows', () => {
  let t: TestServer;
  let owner: string;
  let rep: string;
  let manager: string;
  let managerId: number;
  let id: string;
  const poolSearch = async (text: string, token = rep) => {
    const res = await gql(t.graphqlUrl, POOL_SEARCH, { filter: { text } }, { token });
    expect(res.errors).toBeUndefined();
    return res.data.poolCustomers.edges.map((e: any) => e.node.id);
  };

  beforeAll(async () => {
    t = await startTestServer();
    const south = await makeDepartment(t.dataSource, 'South');
    const north = await makeDepartment(t.dataSource, 'North');
    owner = await loginAs(t.graphqlUrl, await makeUser(t.dataSource, { department: south }));
    rep = await loginAs(t.graphqlUrl, await makeUser(t.dataSource, { department: north }));
    const managerUser = await makeUser(t.dataSource, { role: 'MANAGER', department: north });
    managerId = managerUser.id;
    manager = await loginAs(t.graphqlUrl, managerUser);
    const [{ id: regionId }] = await t.dataSource.query(`INSERT INTO regions (name) VALUES ('Baltic Rim') RETURNING id`);
    id = await createCustomerAs(t.graphqlUrl, owner, {
      companyName: 'Harbour Crane Works',
      email: 'qx7buyer@zephyrmail.example',
      phone: '+44 20 7946 0958',
      website: 'https://www.vortexlift.example',
      industry: 'Heavy lifting',
      source: 'Port expo',
      tags: ['dockside'],
      regionId: String(regionId),
    });
    const contact = await gql(
      t.graphqlUrl,
      'mutation($id: ID!) { addContact(customerId: $id, input: { name: "Kwame Obi", emails: ["kwame@obliquemail.example"], phones: ["+44 20 7946 3311"] }) { contact { id } } }',
      { id },
      { token: owner },
    );
    expect(contact.errors).toBeUndefined();
    // Its owner still finds it by its email among their own customers: the whole record is theirs.
    const mine = await gql(t.graphqlUrl, '{ customers(filter: { text: "qx7buyer" }) { totalCount } }', {}, { token: owner });
    expect(mine.data.customers.totalCount).toBe(1);
    const back = await gql(t.graphqlUrl, 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NO_CONTACT") }', { id }, { token: owner });
    expect(back.errors).toBeUndefined();
  });
  afterAll(() => t.stop());

  it('finds a pool customer by its name, tags, industry, source and region', async () => {
    for (const text of ['Harbour Crane', 'crane works', 'dockside', 'lifting', 'Port expo', 'Baltic']) {
      expect(await poolSearch(text), text).toEqual([id]);
    }
  });

  it('finds nothing by its hidden email, phone, website or contacts, however little is typed', async () => {
    const hidden = [
      'qx7buyer', 'q', 'qx', 'zephyrmail', '@zephyrmail.example', // email, a prefix at a time
      '7946', '0958', '+44 20', // phone
      'vortexlift', 'https://www.vortex', // website
      'Kwame', 'obliquemail', '3311', // a contact
    ];
    for (const text of hidden) {
      const res = await gql(t.graphqlUrl, POOL_SEARCH, { filter: { text } }, { token: rep });
      expect(res.data.poolCustomers, text).toEqual({ totalCount: 0, edges: [] });
    }
    // Nor through a manager's assign-by-filter, which reads the same pool search.
    const assign = await gql(
      t.graphqlUrl,
      'mutation($input: AssignCustomersInput!) { assignCustomers(input: $input) { ok } }',
      { input: { poolFilter: { text: 'qx7buyer' }, toUserIds: [String(managerId)] } },
      { token: manager },
    );
    expect(errorCode(assign)).toBe('BAD_USER_INPUT');
    expect(assign.errors![0].extensions!.fields).toEqual([{ field: 'poolFilter', message: 'matches no pool customer', rule: 'NO_MATCH' }]);
  });

  it('offers no pool filter on fields the pool hides (status, owner, protection)', async () => {
    for (const filter of ['{ status: NEW }', '{ ownerId: "1" }', '{ protectedUntilBefore: "2030-01-01T00:00:00Z" }']) {
      const res = await gql(t.graphqlUrl, `{ poolCustomers(filter: ${filter}) { totalCount } }`, {}, { token: rep });
      expect(errorCode(res), filter).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});
