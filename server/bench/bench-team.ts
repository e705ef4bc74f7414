/**
 * `pnpm bench:team`: the Team page over a million customers. 5,000 reps in 100 departments of
 * 50 hold 200 customers each (bench:pool's seed), with today's claims and a week of follow-ups;
 * a department manager's `teamLoad` and a drill-down are timed through the services, and every
 * total is checked against the number of customers its drill-down lists. Results go to
 * docs/benchmarks.md (a smoke run only prints them).
 */
import 'reflect-metadata';
import os from 'node:os';
import { ManualClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { createBerthPubSub } from '../src/graphql/pubsub';
import { createServices } from '../src/services';
import { teamFigureCountColumns, teamFigureParams, TEAM_OWNER } from '../src/modules/team/team-figures';
import { TEAM_FIGURES } from '@berth/domain';
import { check, fmt, machine, measure, scratchDatabase, sized, writeSection } from './bench-support';
import { TEAM_FIGURE_FIELDS } from '../src/modules/team/team-figures';
import { seedPoolBench } from './pool-data';

const CUSTOMERS = sized(1_000_000, 10_000, 'BENCH_CUSTOMERS');
const OWNERS = sized(5_000, 50);
const PER_DEPARTMENT = 50;

async function main() {
  const db = await scratchDatabase('berth_bench_team', { port: 54420, dataDir: '/tmp/berth-bench-team' });
  const ds = db.dataSource;
  try {
    const clock = new ManualClock(new Date());
    const now = clock.now();
    console.log(`Seeding ${CUSTOMERS.toLocaleString()} customers …`);
    await seedPoolBench(ds, { customers: CUSTOMERS, dueEvery: 10, lockedEvery: 200, owners: OWNERS, claimRuns: 0, claimReps: 0, holdingCap: 200, capHeadroom: 0 }, now);
    const departments = Math.ceil(OWNERS / PER_DEPARTMENT);
    await ds.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`INSERT INTO departments (id, name, parent_id, path) SELECT d, 'Department ' || d, NULL, '/' || d || '/' FROM generate_series(1, $1) d`, [departments]);
      await m.query(`UPDATE users SET department_id = 1 + (id - 1) / $1 WHERE id <= $2`, [PER_DEPARTMENT, OWNERS]);
      await m.query(`INSERT INTO users (id, email, name, role, password_hash, created_at, department_id) VALUES ($1, 'manager@bench.test', 'Manager', 'MANAGER', 'not-a-hash', $2, 1)`, [OWNERS + 1, now]);
      // Today's claims: one customer in 50, claimed by its owner in the last 8 hours.
      await m.query(
        `INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, actor_id, occurred_at)
         SELECT customer_id, NULL, owner_id, 'CLAIMED', NULL, owner_id, $1::timestamptz - make_interval(secs => customer_id % 28800)
           FROM customer_ownership WHERE customer_id % 50 = 0`,
        [now],
      );
      await m.query(`SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users))`);
    });
    await ds.query('VACUUM ANALYZE');

    const services = createServices({ dataSource: ds, clock, config: { ...loadConfig({}), databaseUrl: db.url }, pubsub: createBerthPubSub() });
    const manager = { userId: OWNERS + 1, role: 'MANAGER' as const, departmentPath: '/1/' };
    const team = await services.team.teamLoad(manager, null);
    console.log(`Department 1: ${team.reps.length} people, totals`, team.totals);

    const ids = team.reps.map((r) => r.rep.id);
    const params = teamFigureParams(ids, now, await services.policies.current());
    const [query, values] = ds.driver.escapeQueryWithParameters(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT o.owner_id, ${teamFigureCountColumns()} FROM customer_ownership o WHERE ${TEAM_OWNER} GROUP BY o.owner_id`,
      params,
    );
    console.log((await ds.query(query, values)).map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));

    const loadAverage = os.loadavg()[0];
    const load = await measure(50, () => services.team.teamLoad(manager, null));
    const drill = await measure(50, async () => {
      const teamFigure = await services.team.figureCondition(manager, { figure: 'FOLLOWED_UP_IN_7_DAYS' }, 'filter.teamFigure');
      const page = await services.customers.list(manager, { filter: { teamFigure }, sort: { field: 'UPDATED_AT', direction: 'DESC' }, first: 25, after: null });
      return page.totalCount;
    });
    // The contract of the page: every total is exactly the number of customers its drill-down lists.
    for (const figure of TEAM_FIGURES) {
      const teamFigure = await services.team.figureCondition(manager, { figure }, 'filter.teamFigure');
      const listed = await services.customers.list(manager, { filter: { teamFigure }, sort: { field: 'UPDATED_AT', direction: 'DESC' }, first: 1, after: null }).then((p) => p.totalCount);
      check(listed === team.totals[TEAM_FIGURE_FIELDS[figure]], `${figure}: the total says ${team.totals[TEAM_FIGURE_FIELDS[figure]]}, its drill-down lists ${listed}`);
    }
    check(team.reps.length === PER_DEPARTMENT + 1, `department 1 shows ${team.reps.length} people, not its ${PER_DEPARTMENT} reps and their manager`);
    writeSection(
      'Team page (bench:team)',
      `${CUSTOMERS.toLocaleString()} owned customers, ${OWNERS.toLocaleString()} reps in departments of ${PER_DEPARTMENT}; a manager's \`teamLoad\` of one department
(${team.reps.length} people, ${team.totals.holdings.toLocaleString()} customers) through the services, 50 runs each. ${machine()};
1-minute load average ${loadAverage.toFixed(2)} when the runs started (the machine is shared with other test runs).

| operation | p50 | p95 |
|---|---|---|
| teamLoad (members, every figure per rep in one statement, last activity) | ${fmt(load.p50)} ms | ${fmt(load.p95)} ms |
| drill-down: a page of FOLLOWED_UP_IN_7_DAYS for the whole team, with totalCount | ${fmt(drill.p50)} ms | ${fmt(drill.p95)} ms |

Every total equalled the number of customers its drill-down lists.`,
    );
  } finally {
    // BENCH_KEEP=1 leaves the database up for a look with psql (stop the process to end it).
    if (process.env.BENCH_KEEP) {
      console.log(`Kept: ${db.url}`);
      await new Promise(() => undefined);
    }
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
