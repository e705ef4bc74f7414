import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnotherInstance, startTestServer, type TestServer } from '../support/test-server';
import { gql } from '../support/graphql-client';
import { seedDemoDataIfEmpty, DEMO_LOGINS, DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';

const HINT = '{ demoHint { logins password } }';

/** The sign-in page offers the demo logins only where the first start created the demo team and the server offers the demo. */
describe('demoHint', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ now: '2026-11-22T09:00:00Z' });
  });
  afterAll(() => t?.stop());

  it('is null before any demo team exists, to anyone, signed in or not', async () => {
    const res = await gql(t.graphqlUrl, HINT, {});
    expect(res.errors).toBeUndefined();
    expect(res.data.demoHint).toBeNull();
  });

  it('names the demo logins once the first start has seeded them', async () => {
    expect(await seedDemoDataIfEmpty(t.dataSource, t.clock.now())).toBe(true);
    const res = await gql(t.graphqlUrl, HINT, {});
    expect(res.data.demoHint).toEqual({ logins: DEMO_LOGINS, password: DEMO_PASSWORD });
  });

  it('is null on a server that does not offer the demo (BERTH_SEED_DEMO=false), even over a demo database', async () => {
    const off = await startAnotherInstance(t, { seedDemoData: false });
    try {
      expect((await gql(off.graphqlUrl, HINT, {})).data.demoHint).toBeNull();
    } finally {
      await off.stop();
    }
  });
});
