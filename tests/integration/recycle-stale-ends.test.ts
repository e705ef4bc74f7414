import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecycleRepository } from '../../server/src/modules/pool/recycle.repository';
import { RecycleSweepService } from '../../server/src/modules/pool/recycle-sweep.service';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const DAY = 86_400_000;
const START = new Date('2026-10-01T09:00:00Z').getTime();

/**
 * A stored end the rule disagrees with (here written by hand) must neither recycle a customer the
 * rule still protects nor stall the sweep in front of the customers that are really due.
 */
describe('recycle sweep over a stale stored end', () => {
  let t: TestServer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer({ now: new Date(START).toISOString() });
    const rep = await makeUser(t.dataSource);
    const token = await loginAs(t.graphqlUrl, rep);
    for (const name of ['Stale', 'DueOne', 'DueTwo']) ids[name] = await createCustomerAs(t.graphqlUrl, token, { companyName: `${name} Breakwater Co` });
    t.clock.set(new Date(START + 20 * DAY));
    const logged = await gql(
      t.graphqlUrl,
      'mutation($id: ID!) { logFollowUp(input: { customerId: $id, type: CALL, content: "Renewal call, all good" }) { followUp { counted } } }',
      { id: ids.Stale },
      { token: await loginAs(t.graphqlUrl, rep) }, // sessions last 14 days of the test clock
    );
    expect(logged.data.logFollowUp.followUp.counted).toBe(true);
    // The rule says day 50; the row says day 1, earliest of all, so it heads every due batch.
    await t.dataSource.query('UPDATE customer_ownership SET protected_until = $2 WHERE customer_id = $1', [ids.Stale, new Date(START + DAY)]);
  });
  afterAll(() => t.stop());

  it('writes the rule\'s end back and goes on to recycle the due ones behind it', async () => {
    t.clock.set(new Date(START + 31 * DAY));
    const s = t.server.services;
    const oneAtATime = new RecycleSweepService(t.dataSource, new RecycleRepository(), s.policies, t.clock, s.uow, s.ledger, 1);
    const result = await oneAtATime.sweep();
    expect(result.recycled.map((r) => String(r.customerId)).sort()).toEqual([ids.DueOne, ids.DueTwo].sort());
    const [stale] = await t.dataSource.query('SELECT owner_id, protected_until FROM customer_ownership WHERE customer_id = $1', [ids.Stale]);
    expect(stale.owner_id).not.toBeNull();
    expect(stale.protected_until.toISOString()).toBe(new Date(START + 50 * DAY).toISOString());
  });
});
