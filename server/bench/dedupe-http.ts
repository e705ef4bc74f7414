import type { DataSource } from 'typeorm';
import { startBerthServer } from '../src/app';
import { systemClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { hashPassword } from '../src/modules/auth/password';
import { measure } from './bench-support';

/** checkDuplicates as the form calls it: a signed-in rep, over HTTP, one request at a time. */
export async function benchCheckOverHttp(
  ds: DataSource,
  sample: { name_key: string; company_name: string; phone: string; email: string }[],
  typo: (key: string) => string,
) {
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
    const CHECK = 'query($input: DuplicateCheckInput!) { checkDuplicates(input: $input) { verdict matches { customer { companyName owner { name } } evidence { dimension score } } } }';
    const pick = (i: number) => sample[i % sample.length];
    const runs = Math.min(500, sample.length);
    await measure(50, (i) => call(CHECK, { input: { companyName: pick(i).company_name } }, token)); // warm-up
    const exact = await measure(runs, (i) =>
      call(CHECK, { input: { email: pick(i).email, phone: pick(i).phone, website: pick(i).email.split('@')[1] } }, token),
    );
    const similar = await measure(runs, (i) => call(CHECK, { input: { companyName: typo(pick(i).name_key) } }, token));
    return { exact, similar };
  } finally {
    await server.stop();
  }
}
