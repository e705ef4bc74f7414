import type { EntityManager } from 'typeorm';
import { DEFAULT_POOL_POLICY, DAY_MS } from '@berth/domain';
import { generateHistory, type HistoryShape } from './history/generate-history';
import { writeHistory } from './history/write-history';

/**
 * Six months of the demo team at work, ending at the seed's `now`: customers created, followed
 * up, won, returned and recycled, claimed from the pool and assigned by the two managers. The
 * Team page and Pool analytics then show meaningful figures on the first start.
 *
 * No claims or assignments in the last 26 hours: every rep starts the demo with none made
 * "today", whatever the team's time zone (a day is at most 25 hours long).
 */
export function demoHistoryShape(now: Date, timeZone: string): HistoryShape {
  return {
    start: new Date(now.getTime() - 182 * DAY_MS),
    end: now,
    claimsEnd: new Date(now.getTime() - 26 * 3_600_000),
    timeZone,
    departments: 2,
    repsPerDepartment: 4,
    customers: 700,
    seed: 20261206,
  };
}

/** The generator's team mapped onto the demo's: team 1 is North (manager1, rep1–4), team 2 South (manager2, rep5–8). */
const DEMO_KEYS: Record<string, string> = {
  m0: 'manager1', 'r0-0': 'rep1', 'r0-1': 'rep2', 'r0-2': 'rep3', 'r0-3': 'rep4',
  m1: 'manager2', 'r1-0': 'rep5', 'r1-1': 'rep6', 'r1-2': 'rep7', 'r1-3': 'rep8',
};

export async function seedDemoHistory(
  manager: EntityManager,
  now: Date,
  timeZone: string,
  users: Map<string, number>,
  departments: Map<string, number>,
): Promise<void> {
  const history = generateHistory(demoHistoryShape(now, timeZone));
  await writeHistory(manager, history, {
    policy: { ...DEFAULT_POOL_POLICY, teamTimeZone: timeZone },
    users: new Map(Object.entries(DEMO_KEYS).map(([key, demoKey]) => [key, users.get(demoKey)!])),
    departments: new Map([
      ['d0', departments.get('North team')!],
      ['d1', departments.get('South team')!],
    ]),
  });
}
