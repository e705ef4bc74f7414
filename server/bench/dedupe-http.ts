import type { DataSource } from 'typeorm';
import { startBerthServer } from '../src/app';
import { systemClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { hashPassword } from '../src/modules/auth/password';
import { measure } from './bench-support';

export interface BenchSample {
  id: number;
  name_key: string;
  company_name: string;
  phone: string;
  email: string;
}

interface CheckResult {
  verdict: string;
  matches: { customer: { companyName: string; inPool: boolean; owner: { name: string } | null } }[];
}

/**
 * checkDuplicates as the form calls it: a signed-in rep, over HTTP, one request at a time.
 * Returns the latencies and, for the exact-key runs, each answer so the bench can check them.
 */
export async function benchCheckOverHttp(ds: DataSource, sample: BenchSample[], typo: (key: string) => string) {
  await ds.query(`INSERT INTO users (email, name, role, password_hash, created_at) VALUES ('bench@berth.dev', 'Bench Rep', 'REP', $1, now())`, [
    await hashPassword('bench-password'),
  ]);
  const config = { ...loadConfig({}), port: 0, webDistDir: '/nonexistent', logLevel: 'silent' as const };
  const server = await startBerthServer({ config, dataSource: ds, clock: systemClock, logger: createLogger('silent') });
  try {
    const call = async (query: string, variables: object, token?: string) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const login = await call('mutation { login(input: { email: "bench@berth.dev", password: "bench-password" }) { token } }', {});
    const token = login.login.token;
    const CHECK =
      'query($input: DuplicateCheckInput!) { checkDuplicates(input: $input) { verdict matches { customer { companyName inPool owner { name } } evidence { dimension score } } } }';
    const check = async (input: object): Promise<CheckResult> => (await call(CHECK, { input }, token)).checkDuplicates;
    const pick = (i: number) => sample[i % sample.length];
    const runs = Math.min(500, sample.length);
    await measure(Math.min(50, runs), (i) => check({ companyName: pick(i).company_name })); // warm-up
    const exactResults = new Map<number, CheckResult>();
    const exact = await measure(runs, async (i) => {
      exactResults.set(i, await check({ email: pick(i).email, phone: pick(i).phone, website: pick(i).email.split('@')[1] }));
    });
    const similar = await measure(runs, (i) => check({ companyName: typo(pick(i).name_key) }));
    return { exact, similar, exactResults };
  } finally {
    await server.stop();
  }
}
