/**
 * Seed for `pnpm bench:analytics`: a company of generated teams, each written through the same
 * generator and bulk writer the demo uses (server/src/db/seed/history). One generated "world" is
 * a department of `repsPerDepartment` reps with a sub-team of as many (50 reps under one
 * manager's subtree), its own customers and its own slice of the pool; `chunks` of them make
 * the company. Every row goes in with the database's guards on (each chunk is one transaction).
 */
import type { DataSource } from 'typeorm';
import { DEFAULT_POOL_POLICY, DAY_MS, type PoolPolicy } from '@berth/domain';
import { generateHistory } from '../src/db/seed/history/generate-history';
import { writeHistory } from '../src/db/seed/history/write-history';

export interface AnalyticsBenchShape {
  /** Generated teams; each has two departments (a team and its sub-team). */
  chunks: number;
  customersPerChunk: number;
  repsPerDepartment: number;
  /** Length of the history, ending at `now`. */
  days: number;
  timeZone: string;
}

export interface SeededCompany {
  policy: PoolPolicy;
  admin: { id: number; path: string };
  /** The manager of each chunk's top department: their subtree holds 2 × repsPerDepartment reps. */
  managers: { id: number; path: string; departmentId: number }[];
  events: number;
  followUps: number;
  generateSeconds: number;
  writeSeconds: number;
}

export async function seedAnalyticsBench(ds: DataSource, shape: AnalyticsBenchShape, now: Date, progress: (line: string) => void): Promise<SeededCompany> {
  const policy: PoolPolicy = { ...DEFAULT_POOL_POLICY, teamTimeZone: shape.timeZone };
  const [root] = await ds.query(`INSERT INTO departments (name, parent_id, path) VALUES ('Company', NULL, '/pending/') RETURNING id`);
  const rootPath = `/${root.id}/`;
  await ds.query('UPDATE departments SET path = $2 WHERE id = $1', [root.id, rootPath]);
  const [admin] = await ds.query(
    `INSERT INTO users (email, name, role, department_id, password_hash, created_at) VALUES ('admin@bench.test', 'Bench Admin', 'ADMIN', $1, 'not-a-hash', $2) RETURNING id`,
    [root.id, now],
  );
  const managers: SeededCompany['managers'] = [];
  let events = 0;
  let followUps = 0;
  let generateSeconds = 0;
  let writeSeconds = 0;
  for (let k = 0; k < shape.chunks; k++) {
    const g0 = process.hrtime.bigint();
    const history = generateHistory({
      start: new Date(now.getTime() - shape.days * DAY_MS),
      end: now,
      timeZone: shape.timeZone,
      departments: 2,
      repsPerDepartment: shape.repsPerDepartment,
      customers: shape.customersPerChunk,
      seed: 90_000 + k,
      keyPrefix: `k${k}-`,
      policy,
    });
    const w0 = process.hrtime.bigint();
    generateSeconds += Number(w0 - g0) / 1e9;
    const written = await writeHistory(ds.manager, history, { policy, rootDepartmentId: root.id, nameKeys: 'lowercase' });
    writeSeconds += Number(process.hrtime.bigint() - w0) / 1e9;
    events += history.events.length;
    followUps += history.followUps.length;
    const departmentId = written.departments.get(`k${k}-d0`)!;
    const [{ path }] = await ds.query('SELECT path FROM departments WHERE id = $1', [departmentId]);
    managers.push({ id: written.users.get(`k${k}-m0`)!, path, departmentId });
    progress(`  chunk ${k + 1}/${shape.chunks}: ${((k + 1) * shape.customersPerChunk).toLocaleString()} customers, ${events.toLocaleString()} events (generate ${generateSeconds.toFixed(0)} s, write ${writeSeconds.toFixed(0)} s)`);
  }
  return { policy, admin: { id: admin.id, path: rootPath }, managers, events, followUps, generateSeconds, writeSeconds };
}
