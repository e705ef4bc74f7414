/** What `pnpm bench:pool` runs: data shape, claim workloads and the target it reports against. */
import type { Workload } from './pool-claims';
import type { PoolBenchShape } from './pool-data';

export const SHAPE: PoolBenchShape = {
  customers: Number(process.env.BENCH_CUSTOMERS ?? 1_000_000),
  dueEvery: 10,
  lockedEvery: 200,
  owners: 5_000,
  claimRuns: 4, // two workloads × (product, naive)
  claimReps: 16,
  holdingCap: 200, // the default policy's; the bench does not change the policy
  capHeadroom: 5,
};

/** Customers in each claim run's pool. */
export const POOL = 2_000;
export const CLIENTS = 32;
export const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 150);
/** Rows of the list a rushing client picks among (about the top of one page). */
export const RUSH_WINDOW = 16;

/** Reps rushing the same fresh rows, then claims spread over the whole pool. */
export const WORKLOADS: { name: string; w: Workload }[] = [
  { name: 'rush', w: { clients: CLIENTS, attemptsPerClient: ATTEMPTS, window: RUSH_WINDOW } },
  { name: 'spread', w: { clients: CLIENTS, attemptsPerClient: ATTEMPTS, window: POOL } },
];

export const SWEEP_TARGET_S = 10;
