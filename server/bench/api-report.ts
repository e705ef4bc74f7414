/** The "API hot path" section of docs/benchmarks.md, from one `pnpm bench:api` run. */
import { fmt, ratio, type percentiles } from './bench-support';
import type { violations } from './pool-claims';
import { CLAIMS, LIST } from './bench-api';

type Latency = ReturnType<typeof percentiles>;

export interface ListRound {
  server: 'berth' | 'bare';
  round: number;
  requests: number;
  perSecond: number;
  latency: Latency;
  load: number;
}

interface ClaimRun {
  attempts: number;
  perSecond: number;
  latency: Latency;
  outcomes: Map<string, number>;
  broken: Awaited<ReturnType<typeof violations>>;
  claimed: number;
}

export interface ApiReportInput {
  date: string;
  machine: string;
  postgres: string;
  customers: number;
  rounds: ListRound[];
  http: ClaimRun;
  inProcess: ClaimRun;
  floor: Pick<ClaimRun, 'attempts' | 'perSecond' | 'latency'>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function apiReport(x: ApiReportInput): string {
  const of = (server: ListRound['server']) => median(x.rounds.filter((r) => r.server === server).map((r) => r.perSecond));
  const berth = of('berth');
  const bare = of('bare');
  const rows = x.rounds
    .map((r) => `| ${r.round} | ${r.server === 'berth' ? 'Berth' : 'bare Apollo'} | ${r.requests} | ${Math.round(r.perSecond)} | ${fmt(r.latency.p50)} | ${fmt(r.latency.p95)} | ${r.load.toFixed(2)} |`)
    .join('\n');
  const claimRow = (name: string, c: ClaimRun) =>
    `| ${name} | ${c.attempts} | ${Math.round(c.perSecond).toLocaleString()} | ${c.claimed} | ${fmt(c.latency.p50)} | ${fmt(c.latency.p95)} | ${c.broken.twoOwners} | ${c.broken.lostClaims} | ${c.broken.overDailyLimit} | ${c.broken.overHoldingCap} |`;
  const mix = (c: ClaimRun) => [...c.outcomes].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(', ');
  return `Measured ${x.date} on ${x.machine}; PostgreSQL ${x.postgres} (embedded, as Berth starts it) on the same machine;
${x.customers.toLocaleString()} customers held as bench:dedupe seeds them (owners in 4 teams, ownership rows, a tenth in the
pool). The load generator is a separate Node process (\`bench/load-client.ts\`: closed-loop clients on keep-alive
connections, each sending its next request as soon as the last one answered), so it shares the two cores but not the
server's event loop. Every answer is checked: 20 rows for the list, a claim outcome for each claim.

### \`customers(first: 20)\` as a manager, beside a bare Apollo Server 5

${LIST.clients} clients × ${LIST.requestsPerClient} requests per round. Berth: a manager's bearer token, \`customers(first: 20)\` with owner,
tier, protection end and tags. Bare: Apollo Server 5 on the same Express 5 stack and JSON body parser, the same 20
rows from the same database through one hand-written query (no sign-in, no limits, no ORM, no visibility layer;
\`bench/bare-apollo.ts\`). Both answered the same ids in the same order, checked before the rounds.

| round | server | requests | req/s | p50 ms | p95 ms | load avg |
|---|---|---|---|---|---|---|
${rows}

Median req/s: Berth ${Math.round(berth)}, bare ${Math.round(bare)}: **Berth ${ratio(berth, bare)} of bare** (target ≥ 0.70×: ${berth / bare >= 0.7 ? 'met' : '**missed**'}).

### \`claimCustomers\` under ${CLAIMS.clients} clients

${CLAIMS.clients} clients, two per rep (16 reps per run), ${CLAIMS.attemptsPerClient} attempts each, one customer per call, picking among the next
${CLAIMS.window} rows of the same list of freshly pooled customers (the "rush" workload of bench:pool). Over HTTP each call is a
\`claimCustomers\` mutation with the rep's bearer token; in-process it is \`services.claims.claim\` in the server's process
(its own reps and customers). Violations are counted from the database afterwards.

| transport | attempts | attempts/s | claimed | p50 ms | p95 ms | two owners | "claimed" but lost | over daily limit | over holding cap |
|---|---|---|---|---|---|---|---|---|---|
${claimRow('over HTTP (GraphQL)', x.http)}
${claimRow('in-process (service)', x.inProcess)}
| floor: bare Apollo, one read per attempt | ${x.floor.attempts} | ${Math.round(x.floor.perSecond).toLocaleString()} | – | ${fmt(x.floor.latency.p50)} | ${fmt(x.floor.latency.p95)} | – | – | – | – |

The floor sends the HTTP run's requests to the bare Apollo, whose \`claimCustomers\` reads the customer's owner (one
single-row statement per attempt) and decides nothing: no sign-in, no rules, no locks, no writes. A claim that reads its
customer on its own cannot beat it on this stack and database. Berth settles most attempts (customers already taken)
from one unlocked read, and the reads of attempts that arrive in the same event-loop turn go out as one statement.

Over HTTP: ${Math.round(x.http.perSecond).toLocaleString()} attempts/s (target ≥ 1,000: ${x.http.perSecond >= 1000 ? 'met' : '**missed**'}), ${ratio(x.http.perSecond, x.inProcess.perSecond)} of in-process, ${ratio(x.http.perSecond, x.floor.perSecond)} of the floor (${Math.round(x.floor.perSecond).toLocaleString()}/s).
Outcomes: over HTTP ${mix(x.http)}; in-process ${mix(x.inProcess)}.`;
}
