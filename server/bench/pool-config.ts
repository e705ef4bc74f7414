/** What `pnpm bench:pool` runs: data shape, claim workloads and the target it reports against. */
import type { Workload } from './pool-claims';
import type { PoolBenchShape } from './pool-data';
import { sized } from './bench-support';

export const SHAPE: PoolBenchShape = {
  customers: sized(1_000_000, 10_000, 'BENCH_CUSTOMERS'),
  dueEvery: 10,
  lockedEvery: 200,
  owners: sized(5_000, 50),
  claimRuns: 4, // two workloads × (product, naive)
  claimReps: 16,
  holdingCap: 200, // the default policy's; the bench does not change the policy
  capHeadroom: 5,
};

/** Customers in each claim run's pool. */
export const POOL = sized(2_000, 100);
export const CLIENTS = 32;
export const ATTEMPTS = sized(150, 20, 'BENCH_ATTEMPTS');
/** Rows of the list a rushing client picks among (about the top of one page). */
export const RUSH_WINDOW = 16;

/** Reps rushing the same fresh rows, then claims spread over the whole pool. */
export const WORKLOADS: { name: string; w: Workload }[] = [
  { name: 'rush', w: { clients: CLIENTS, attemptsPerClient: ATTEMPTS, window: RUSH_WINDOW } },
  { name: 'spread', w: { clients: CLIENTS, attemptsPerClient: ATTEMPTS, window: POOL } },
];

export const SWEEP_TARGET_S = 10;
