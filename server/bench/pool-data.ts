/**
 * Bulk seed for `pnpm bench:pool`, all in SQL (INSERT … SELECT generate_series): a million owned
 * customers, a tenth of them past their protection end, with the ownership events and follow-ups
 * a running team would have. Triggers and FK checks are skipped (session_replication_role) only
 * while seeding; the measured code runs with every trigger on.
 */
import type { DataSource } from 'typeorm';
import { CITIES, CORE_WORDS, INDUSTRIES, LEGAL_FORMS, SYLLABLES } from './dedupe-data';

export interface PoolBenchShape {
  customers: number;
  /** Every `dueEvery`-th customer is past its protection end and must be recycled. */
  dueEvery: number;
  /** Every `lockedEvery`-th (offset 5) is past its end too but locked: the sweep must leave it. */
  lockedEvery: number;
  /** Reps owning the bulk of the customers. */
  owners: number;
  /** Claim runs, each with its own reps (product and naive, per workload). */
  claimRuns: number;
  /** Reps per claim run; the first half start `capHeadroom` below the holding cap. */
  claimReps: number;
  holdingCap: number;
  capHeadroom: number;
}

export const DAY_MS = 86_400_000;

/** Rows the sweep must move: ids divisible by dueEvery (none of them is a locked one). */
export const dueCount = (s: PoolBenchShape) => Math.floor(s.customers / s.dueEvery);

/** Seeds users, customers, their CREATED events and follow-ups; returns each claim run's rep ids. */
export async function seedPoolBench(ds: DataSource, s: PoolBenchShape, now: Date): Promise<number[][]> {
  const groups = Array.from({ length: s.claimRuns }, (_, run) => Array.from({ length: s.claimReps }, (_, i) => s.owners + 1 + run * s.claimReps + i));
  const claimRepIds = groups.flat();
  await ds.transaction(async (m) => {
    await m.query(`SET LOCAL session_replication_role = replica`);
    await m.query(
      `INSERT INTO users (id, email, name, role, password_hash, created_at)
       SELECT g, 'rep' || g || '@bench.test', 'Rep ' || g, 'REP', 'not-a-hash', $2 FROM generate_series(1, $1) g`,
      [s.owners + claimRepIds.length, now],
    );
  });
  const chunk = 100_000;
  for (let from = 1; from <= s.customers; from += chunk) {
    await ds.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await insertCustomers(m, s, now, from, Math.min(s.customers, from + chunk - 1));
    });
    process.stdout.write(`  customers ${Math.min(s.customers, from + chunk - 1).toLocaleString()}\r`);
  }
  await ds.transaction(async (m) => {
    await m.query(`SET LOCAL session_replication_role = replica`);
    await giveHoldings(m, s, groups.flatMap((g) => g.slice(0, g.length / 2)));
    // One CREATED event per customer (the trail the owner-change trigger searches) and one
    // follow-up each, logged before the owner took over so it does not extend protection.
    await m.query(
      `INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, actor_id, occurred_at)
       SELECT customer_id, NULL, owner_id, 'CREATED', NULL, owner_id, owned_since FROM customer_ownership`,
    );
    await m.query(
      `INSERT INTO follow_ups (customer_id, author_id, type, content, occurred_at, counted, created_at)
       SELECT customer_id, owner_id, 'CALL', 'Called about the next order and sent prices.', owned_since - interval '1 day', true, owned_since - interval '1 day' FROM customer_ownership`,
    );
    // Every 20th due customer also has a NOTE since the owner took over: not a valid follow-up
    // type, so the domain rule has something to read and still recycles it.
    await m.query(
      `INSERT INTO follow_ups (customer_id, author_id, type, content, occurred_at, counted, created_at)
       SELECT customer_id, owner_id, 'NOTE', 'Left a voicemail.', owned_since + interval '2 days', false, owned_since + interval '2 days'
         FROM customer_ownership WHERE customer_id % $1 = 0`,
      [s.dueEvery * 20],
    );
  });
  for (const seq of ['users', 'customers', 'ownership_events', 'follow_ups']) {
    await ds.query(`SELECT setval(pg_get_serial_sequence('${seq}', 'id'), (SELECT max(id) FROM ${seq}))`);
  }
  // What autovacuum would have done by the time a team holds a million customers; then a
  // checkpoint, so the sweep is not timed while the seed's writes are flushed.
  await ds.query('VACUUM ANALYZE');
  await ds.query('CHECKPOINT');
  return groups;
}

/**
 * Customers from..to, named like bench:dedupe's ("Shanghai Xinkang Golden Technology Co., Ltd.")
 * so the name indexes the sweep's updates maintain hold realistic entries. Due ones ended 60 to
 * 300 days ago; the rest end 5 to 30 days from now.
 */
async function insertCustomers(m: import('typeorm').EntityManager, s: PoolBenchShape, now: Date, from: number, to: number) {
  await m.query(
    `WITH g AS (
       SELECT g,
              $5::text[] AS cities, $6::text[] AS syl, $7::text[] AS core, $8::text[] AS ind, $9::text[] AS legal,
              (g % $3 = 0) AS due, (g % $4 = 5) AS locked
         FROM generate_series($1::int, $2::int) g
     ), named AS (
       SELECT g, due, locked,
              cities[1 + (g::bigint * 7919) % array_length(cities, 1)] AS city,
              syl[1 + (g::bigint * 104729) % array_length(syl, 1)] || lower(syl[1 + (g::bigint * 1299709) % array_length(syl, 1)])
                || lower(syl[1 + (g::bigint * 2750159) % array_length(syl, 1)]) AS brand,
              core[1 + (g::bigint * 15485863) % array_length(core, 1)] AS word,
              ind[1 + (g::bigint * 32452843) % array_length(ind, 1)] AS industry,
              legal[1 + (g::bigint * 49979687) % array_length(legal, 1)] AS form,
              CASE WHEN g % $3 = 0 OR g % $4 = 5 THEN $10::timestamptz - make_interval(days => 90 + g % 240, secs => g % 86400)
                   ELSE $10::timestamptz - make_interval(days => g % 25, secs => g % 86400) END AS owned_since
         FROM g
     )
     , records AS (
       INSERT INTO customers (id, company_name, name_key, name_core, industry, email, tier_code, status, created_at, updated_at)
       SELECT g, city || ' ' || brand || ' ' || word || ' ' || industry || ' ' || form,
              lower(city || ' ' || brand || ' ' || word || ' ' || industry), lower(brand || ' ' || word), industry,
              'info@' || lower(brand) || g || '.com',
              (ARRAY['A', 'B', 'C'])[1 + g % 3], (ARRAY['NEW', 'FOLLOWING_UP', 'NEGOTIATING'])[1 + g % 3]::customer_status,
              owned_since, owned_since
         FROM named
     )
     INSERT INTO customer_ownership (customer_id, owner_id, owned_since, owner_changed_at, protected_until, locked)
     SELECT g, 1 + g % $11, owned_since, owned_since, owned_since + interval '30 days', locked FROM named`,
    [from, to, s.dueEvery, s.lockedEvery, CITIES, SYLLABLES, CORE_WORDS, INDUSTRIES, LEGAL_FORMS, now, s.owners],
  );
}

/**
 * `capped` reps start `capHeadroom` claims below the holding cap (with customers that are not
 * due, so the sweep leaves them alone): they hit the cap before the daily limit.
 */
async function giveHoldings(m: import('typeorm').EntityManager, s: PoolBenchShape, capped: number[]) {
  const held = s.holdingCap - s.capHeadroom;
  await m.query(
    `WITH slots AS (
       SELECT customer_id, (row_number() OVER (ORDER BY customer_id) - 1)::int AS n FROM customer_ownership
        WHERE customer_id % $1 <> 0 AND customer_id % $2 <> 5 ORDER BY customer_id LIMIT $3
     )
     UPDATE customer_ownership o SET owner_id = ($4::int[])[1 + slots.n / $5] FROM slots WHERE o.customer_id = slots.customer_id`,
    [s.dueEvery, s.lockedEvery, capped.length * held, capped, held],
  );
}
