/**
 * Bulk load for `pnpm bench:dedupe`: the customers a team would hold, with what the product
 * keeps beside each one — its ownership row (every customer has one), its CREATED event, its
 * match keys — and the reps who own them, in departments, so a clash can name the owner.
 * Names and keys are computed in TypeScript by the product's own functions and sent in batches
 * through unnest(); triggers and FK checks are skipped while seeding (a scratch database).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { COMMON_WORD_MIN_CUSTOMERS, childPath, distinctiveNameOf, distinctiveWordsOf, duplicateKeysOf, withoutCommonWords } from '@berth/domain';
import { KEYS_VERSION_SETTING, MATCH_KEYS_VERSION } from '../src/modules/duplicates/duplicate-gate';
import { NameWordCountRepository } from '../src/modules/duplicates/name-word-count.repository';
import { SettingsRepository } from '../src/modules/settings/settings.repository';
import { companyNumber } from './dedupe-data';

export interface DedupeBenchShape {
  customers: number;
  /** Reps owning the customers, spread over `departments` teams. */
  owners: number;
  departments: number;
  /** Every `poolEvery`-th customer is in the public pool (no owner, a pool entry). */
  poolEvery: number;
}

const BATCH = 20_000;
/**
 * Every fifth customer also goes by another name (an English name beside its registered one): a
 * made-up company of the same shapes, so its brand recurs among the million names as theirs do.
 * Aliases are looked up with every check, so the bench measures the check with them indexed.
 */
export const ALIAS_EVERY = 5;
const aliasOf = (s: DedupeBenchShape, id: number) => companyNumber(2 * s.customers + id).companyName;
const DAY_MS = 86_400_000;

/** Who owns customer `id` in the seeded data: null for a pool customer, else a rep id (1-based). */
export const ownerOf = (s: DedupeBenchShape, id: number): number | null => (id % s.poolEvery === 0 ? null : 1 + (id % s.owners));
export const ownerName = (repId: number) => `Rep ${repId}`;

export async function seedDedupeBench(ds: DataSource, s: DedupeBenchShape, now: Date): Promise<void> {
  await seedTeam(ds, s, now);
  // Pass one counts the words of the distinctive names, as the running product would have by
  // the time it holds a million customers; pass two stores names without the common ones.
  const counts = new Map<string, number>();
  for (let g = 1; g <= s.customers; g++) {
    for (const w of distinctiveWordsOf(distinctiveNameOf(duplicateKeysOf(companyNumber(g), { defaultRegion: 'CN' }).name))) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const isCommon = (w: string) => (counts.get(w) ?? 0) >= COMMON_WORD_MIN_CUSTOMERS;
  await ds.transaction((m) => new NameWordCountRepository().replaceAll(m, counts));
  for (let from = 1; from <= s.customers; from += BATCH) {
    const ids = Array.from({ length: Math.min(BATCH, s.customers - from + 1) }, (_, i) => from + i);
    await ds.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await insertCustomers(m, ids, isCommon, now);
      await insertAliases(m, ids.filter((id) => id % ALIAS_EVERY === 0).map((id) => ({ id, name: aliasOf(s, id) })), isCommon);
      await insertOwnership(m, s, ids, now);
    });
    process.stdout.write(`  ${ids[ids.length - 1].toLocaleString()}\r`);
  }
  for (const table of ['users', 'departments', 'customers', 'ownership_events', 'pool_entries']) {
    await ds.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
  }
  // The keys were computed by the current code: the server must not rebuild them at start-up.
  await ds.transaction((m) => new SettingsRepository(ds).put(m, KEYS_VERSION_SETTING, MATCH_KEYS_VERSION, null, now));
  await ds.query('VACUUM ANALYZE');
}

async function seedTeam(ds: DataSource, s: DedupeBenchShape, now: Date) {
  await ds.transaction(async (m) => {
    await m.query(`SET LOCAL session_replication_role = replica`);
    const ids = Array.from({ length: s.departments }, (_, i) => i + 1);
    await m.query(`INSERT INTO departments (id, name, parent_id, path) SELECT id, 'Team ' || id, NULL, p FROM unnest($1::int[], $2::text[]) AS t(id, p)`, [
      ids,
      ids.map((id) => childPath(null, id)),
    ]);
    await m.query(
      `INSERT INTO users (id, email, name, role, department_id, password_hash, created_at)
       SELECT g, 'rep' || g || '@bench.test', 'Rep ' || g, 'REP', 1 + g % $2, 'not-a-hash', $3 FROM generate_series(1, $1) g`,
      [s.owners, s.departments, now],
    );
  });
}

async function insertCustomers(m: EntityManager, ids: number[], isCommon: (w: string) => boolean, now: Date) {
  const rows = ids.map((id) => {
    const c = companyNumber(id);
    const keys = duplicateKeysOf(c, { defaultRegion: 'CN' });
    return { id, ...c, nameKey: keys.name, nameCore: withoutCommonWords(distinctiveNameOf(keys.name), isCommon), keys };
  });
  await m.query(
    `INSERT INTO customers (id, company_name, name_key, name_core, website, email, phone, tier_code, status, created_at, updated_at)
     SELECT *, 'C', 'NEW', $8::timestamptz, $8::timestamptz FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
    [...['id', 'companyName', 'nameKey', 'nameCore', 'website', 'email', 'phone'].map((f) => rows.map((r) => (r as any)[f])), now],
  );
  const keyRows = rows.flatMap((r) => [
    ...r.keys.emails.map((k) => ['EMAIL', k, r.id]),
    ...r.keys.phones.map((k) => ['PHONE', k, r.id]),
    ...r.keys.domains.map((k) => ['DOMAIN', k, r.id]),
  ]);
  await m.query(
    `INSERT INTO customer_match_keys (dimension, key, customer_id)
     SELECT d::match_key_dimension, k, c FROM unnest($1::text[], $2::text[], $3::int[]) AS t(d, k, c)`,
    [0, 1, 2].map((i) => keyRows.map((r) => r[i])),
  );
}

async function insertAliases(m: EntityManager, aliases: { id: number; name: string }[], isCommon: (w: string) => boolean) {
  const keys = aliases.map((a) => duplicateKeysOf({ companyName: a.name }, { defaultRegion: 'CN' }).name);
  await m.query(
    `INSERT INTO customer_aliases (customer_id, position, kind, name, name_key, name_core)
     SELECT id, 0, 'ENGLISH_NAME', name, k, core FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS t(id, name, k, core)`,
    [aliases.map((a) => a.id), aliases.map((a) => a.name), keys, keys.map((k) => withoutCommonWords(distinctiveNameOf(k), isCommon))],
  );
}

/** Owned customers since 1–20 days ago, protected 30 days from then; pool ones recycled 40 days ago. */
async function insertOwnership(m: EntityManager, s: DedupeBenchShape, ids: number[], now: Date) {
  const owners = ids.map((id) => ownerOf(s, id));
  const since = ids.map((id) => new Date(now.getTime() - (1 + (id % 20)) * DAY_MS));
  await m.query(
    `INSERT INTO customer_ownership (customer_id, owner_id, owned_since, owner_changed_at, protected_until, locked)
     SELECT id, owner, CASE WHEN owner IS NULL THEN NULL ELSE since END,
            CASE WHEN owner IS NULL THEN $4::timestamptz - interval '40 days' ELSE since END,
            CASE WHEN owner IS NULL THEN NULL ELSE since + interval '30 days' END, false
       FROM unnest($1::int[], $2::int[], $3::timestamptz[]) AS t(id, owner, since)`,
    [ids, owners, since, now],
  );
  await m.query(
    `INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, actor_id, occurred_at)
     SELECT id, NULL, coalesce(owner, 1 + id % $4), 'CREATED', NULL, coalesce(owner, 1 + id % $4), $3::timestamptz - interval '60 days'
       FROM unnest($1::int[], $2::int[]) AS t(id, owner)`,
    [ids, owners, now, s.owners],
  );
  await m.query(
    `WITH pooled AS (SELECT id, 1 + id % $3 AS was FROM unnest($1::int[], $2::int[]) AS t(id, owner) WHERE owner IS NULL),
     events AS (
       INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, actor_id, occurred_at)
       SELECT id, was, NULL, 'RECYCLED', 'No valid follow-up in 30 days', NULL, $4::timestamptz - interval '40 days' FROM pooled
     )
     INSERT INTO pool_entries (customer_id, kind, previous_owner_id, reason, entered_at)
     SELECT id, 'RECYCLED', was, 'No valid follow-up in 30 days', $4::timestamptz - interval '40 days' FROM pooled`,
    [ids, owners, s.owners, now],
  );
}
