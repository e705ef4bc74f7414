/**
 * `pnpm bench:api`: the API's hot path under load, beside a bare Apollo Server 5 in the same run.
 * 1. `customers(first: 20)` as a manager (owner, tier, protection end, tags) from Berth and from
 *    a bare Apollo serving the same 20 rows from the same database (bare-apollo.ts), rounds
 *    alternating, one load generator in its own process (load-client.ts).
 * 2. `claimCustomers` over HTTP under 32 clients, beside the same workload through the service
 *    in-process, with the violations each left counted from the database, and beside the floor:
 *    the same requests to the bare Apollo, which reads one row per attempt and decides nothing.
 * Results go to docs/benchmarks.md; `--smoke` runs it small and writes nothing.
 */
import 'reflect-metadata';
import os from 'node:os';
import type { DataSource } from 'typeorm';
import { startBerthServer } from '../src/app';
import { systemClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { hashPassword } from '../src/modules/auth/password';
import type { Services } from '../src/services';
import { check, machine, percentiles, scratchDatabase, sized, writeSection } from './bench-support';
import { startBareApollo } from './bare-apollo';
import { runLoad } from './load';
import { seedDedupeBench, type DedupeBenchShape } from './dedupe-seed';
import { claimPicks, runClaims, violations, type Workload } from './pool-claims';
import { apiReport, type ListRound } from './api-report';

const SHAPE: DedupeBenchShape = { customers: sized(100_000, 3_000, 'BENCH_CUSTOMERS'), owners: sized(200, 20), departments: 4, poolEvery: 10 };
export const LIST = { clients: 16, requestsPerClient: sized(250, 10), rounds: sized(3, 1) };
export const CLAIMS: Workload = { clients: 32, attemptsPerClient: sized(150, 10), window: 16 };
const CLAIM_POOL = sized(2_000, 100);
const CLAIM_REPS = 16;
const PASSWORD = 'bench-password';
const LIST_QUERY = '{ customers(first: 20) { edges { node { id companyName owner { name } tier { code name } protectedUntil tags } } } }';
const CLAIM_MUTATION = 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { customerId ok code } }';

async function main() {
  const db = await scratchDatabase('berth_bench_api', { port: 54420, dataDir: '/tmp/berth-bench-api' });
  const ds = db.dataSource;
  let berth: Awaited<ReturnType<typeof startBerthServer>> | null = null;
  let bare: Awaited<ReturnType<typeof startBareApollo>> | null = null;
  try {
    console.log(`Seeding ${SHAPE.customers.toLocaleString()} customers …`);
    await seedDedupeBench(ds, SHAPE, new Date());
    const team = await seedBenchUsers(ds);
    const config = { ...loadConfig({}), port: 0, databaseUrl: db.url, webDistDir: '/nonexistent', logLevel: 'silent' as const };
    berth = await startBerthServer({ config, dataSource: ds, clock: systemClock, logger: createLogger('silent') });
    bare = await startBareApollo(db.url, '/1/');
    const berthUrl = `${berth.url}/graphql`;
    const managerToken = await login(berthUrl, team.manager);

    // Same rows, same order, from both servers.
    const idsOf = async (url: string, headers: Record<string, string>) =>
      listIds((await runLoad({ url, clients: [{ headers, bodies: [JSON.stringify({ query: LIST_QUERY })] }] })).responses[0][0].body);
    const [berthIds, bareIds] = [await idsOf(berthUrl, bearer(managerToken)), await idsOf(bare.url, {})];
    check(berthIds.length === 20 && JSON.stringify(berthIds) === JSON.stringify(bareIds), `Berth and bare Apollo list different rows: ${berthIds} vs ${bareIds}`);

    const rounds = await benchList(berthUrl, bearer(managerToken), bare.url);
    const http = await benchClaimsOverHttp(ds, berthUrl, team.httpReps, team.pool.slice(0, CLAIM_POOL), berth.services);
    const inProcess = await benchClaimsInProcess(ds, berth.services, team.inProcessReps, team.pool.slice(CLAIM_POOL, 2 * CLAIM_POOL));
    const floor = await benchClaimFloor(bare.url, team.pool.slice(0, CLAIM_POOL));

    writeSection(
      'API hot path (`pnpm bench:api`)',
      apiReport({
        date: new Date().toISOString().slice(0, 10),
        machine: machine(),
        postgres: (await ds.query('SHOW server_version'))[0].server_version,
        customers: SHAPE.customers,
        rounds,
        http,
        inProcess,
        floor,
      }),
    );
  } finally {
    await bare?.stop();
    await berth?.stop();
    await db.close();
  }
}

/** A manager over department 1, reps there for the claim runs, and the pool customers they claim. */
async function seedBenchUsers(ds: DataSource) {
  const hash = await hashPassword(PASSWORD);
  const insert = async (email: string, role: string) =>
    (await ds.query(`INSERT INTO users (email, name, role, department_id, password_hash, created_at) VALUES ($1, $1, $2, 1, $3, now()) RETURNING id`, [email, role, hash]))[0]
      .id as number;
  const manager = { id: await insert('manager@bench.test', 'MANAGER'), email: 'manager@bench.test' };
  const reps: { id: number; email: string }[] = [];
  for (let i = 0; i < 2 * CLAIM_REPS; i++) reps.push({ id: await insert(`claimer${i}@bench.test`, 'REP'), email: `claimer${i}@bench.test` });
  const pool: number[] = (await ds.query(`SELECT customer_id AS id FROM customer_ownership WHERE owner_id IS NULL ORDER BY customer_id`)).map((r: { id: number }) => r.id);
  check(pool.length >= 2 * CLAIM_POOL, `the seed has ${pool.length} pool customers; the claim runs need ${2 * CLAIM_POOL}`);
  return { manager, httpReps: reps.slice(0, CLAIM_REPS), inProcessReps: reps.slice(CLAIM_REPS), pool };
}

/** Alternating rounds of the same load against Berth and the bare server, after a warm-up of each. */
async function benchList(berthUrl: string, headers: Record<string, string>, bareUrl: string): Promise<ListRound[]> {
  const body = JSON.stringify({ query: LIST_QUERY });
  const plan = (url: string, h: Record<string, string>, requests: number) => ({
    url,
    clients: Array.from({ length: LIST.clients }, () => ({ headers: h, bodies: Array(requests).fill(body) })),
  });
  await runLoad(plan(berthUrl, headers, Math.ceil(LIST.requestsPerClient / 5)));
  await runLoad(plan(bareUrl, {}, Math.ceil(LIST.requestsPerClient / 5)));
  const rounds: ListRound[] = [];
  for (let r = 0; r < LIST.rounds; r++) {
    for (const [server, url, h] of [['berth', berthUrl, headers], ['bare', bareUrl, {}]] as const) {
      const load = os.loadavg()[0];
      const result = await runLoad(plan(url, h, LIST.requestsPerClient));
      const all = result.responses.flat();
      const wrong = all.filter((a) => a.status !== 200 || listIds(a.body).length !== 20).length;
      check(wrong === 0, `${server}: ${wrong} of ${all.length} list answers were not 20 rows`);
      rounds.push({ server, round: r + 1, requests: result.requests, perSecond: result.requests / result.seconds, latency: percentiles(all.map((a) => a.ms)), load });
      console.log(rounds.at(-1));
    }
  }
  return rounds;
}

/** Client `c`'s claim requests: one customer per call, in the order pool-claims.ts picks them. */
const claimBodies = (c: number, pool: number[]) => claimPicks(c, CLAIMS, pool).map((id) => JSON.stringify({ query: CLAIM_MUTATION, variables: { ids: [String(id)] } }));

/** 32 clients (two per rep) claiming over HTTP, the picks of pool-claims.ts; violations counted afterwards. */
async function benchClaimsOverHttp(ds: DataSource, url: string, reps: { id: number; email: string }[], pool: number[], services: Services) {
  const tokens = await Promise.all(reps.map((r) => login(url, r)));
  const plan = {
    url,
    clients: Array.from({ length: CLAIMS.clients }, (_, c) => ({
      headers: bearer(tokens[c % reps.length]),
      bodies: claimBodies(c, pool),
    })),
  };
  const result = await runLoad(plan);
  const outcomes = new Map<string, number>();
  const successes: { repId: number; customerId: number }[] = [];
  result.responses.forEach((answers, c) =>
    answers.forEach((a) => {
      const outcome = JSON.parse(a.body).data?.claimCustomers?.[0] as { customerId: string; ok: boolean; code: string | null } | undefined;
      const key = a.status !== 200 || !outcome ? `HTTP ${a.status}` : outcome.ok ? 'CLAIMED' : (outcome.code ?? 'UNKNOWN');
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      if (outcome?.ok) successes.push({ repId: reps[c % reps.length].id, customerId: Number(outcome.customerId) });
    }),
  );
  const broken = await violations(ds, reps.map((r) => r.id), pool, successes, await services.policies.current());
  checkClaims('over HTTP', outcomes, broken, successes.length);
  return { attempts: result.requests, perSecond: result.requests / result.seconds, latency: percentiles(result.responses.flat().map((a) => a.ms)), outcomes, broken, claimed: successes.length };
}

/** The same requests to the bare Apollo's one-read `claimCustomers`: what any claim over this stack costs at least. */
async function benchClaimFloor(bareUrl: string, pool: number[]) {
  const result = await runLoad({ url: bareUrl, clients: Array.from({ length: CLAIMS.clients }, (_, c) => ({ headers: {}, bodies: claimBodies(c, pool) })) });
  const answered = result.responses.flat().filter((a) => a.status === 200 && JSON.parse(a.body).data?.claimCustomers?.length === 1).length;
  check(answered === result.requests, `the bare claim floor answered ${answered} of ${result.requests} requests`);
  return { attempts: result.requests, perSecond: result.requests / result.seconds, latency: percentiles(result.responses.flat().map((a) => a.ms)) };
}

/** The same workload through ClaimService in the server's process, for the figure without HTTP and GraphQL. */
async function benchClaimsInProcess(ds: DataSource, services: Services, reps: { id: number }[], pool: number[]) {
  const r = await runClaims(
    reps.map((x) => x.id),
    pool,
    CLAIMS,
    async (viewer, id) => {
      const [outcome] = await services.claims.claim(viewer, [id]);
      return outcome.ok ? null : outcome.code;
    },
  );
  const broken = await violations(ds, reps.map((x) => x.id), pool, r.successes, await services.policies.current());
  checkClaims('in-process', r.outcomes, broken, r.successes.length);
  return { attempts: r.attempts, perSecond: r.perSecond, latency: r.latency, outcomes: r.outcomes, broken, claimed: r.successes.length };
}

function checkClaims(how: string, outcomes: Map<string, number>, broken: Awaited<ReturnType<typeof violations>>, claimed: number) {
  const { mostClaimsByOneRep: _mostClaimsByOneRep, ...rules } = broken;
  check(Object.values(rules).every((n) => n === 0), `claims ${how} broke a rule: ${JSON.stringify(broken)}`);
  check(claimed > 0, `claims ${how}: nothing was claimed (${JSON.stringify([...outcomes])})`);
  check(![...outcomes.keys()].some((k) => k.startsWith('HTTP') || k === 'UNKNOWN'), `claims ${how} answered errors: ${JSON.stringify([...outcomes])}`);
}

async function login(url: string, user: { email: string }): Promise<string> {
  const result = await runLoad({
    url,
    clients: [{ headers: {}, bodies: [JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }', variables: { e: user.email, p: PASSWORD } })] }],
  });
  const token = JSON.parse(result.responses[0][0].body).data?.login?.token;
  check(typeof token === 'string', `could not sign in as ${user.email}: ${result.responses[0][0].body}`);
  return token;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function listIds(body: string): string[] {
  try {
    const parsed = JSON.parse(body);
    return parsed.errors ? [] : parsed.data.customers.edges.map((e: { node: { id: string } }) => String(e.node.id));
  } catch {
    return [];
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
