/**
 * `pnpm bench:dedupe`: a million customers in a scratch database; latency of the duplicate
 * check's queries (exact keys, similar names) beside the `ILIKE '%name%'` substring search
 * many CRMs use, then checkDuplicates over HTTP. Results go to docs/benchmarks.md.
 */
import 'reflect-metadata';
import { normalizeCompanyName } from '@berth/domain';
import { MatchKeyRepository } from '../src/modules/duplicates/match-key.repository';
import { DuplicateRulesService } from '../src/modules/duplicates/duplicate-rules.service';
import { SettingsRepository } from '../src/modules/settings/settings.repository';
import { systemClock } from '../src/clock';
import { CITIES, CORE_WORDS, GENERATE_SQL, INDUSTRIES, LEGAL_FORMS, SYLLABLES } from './dedupe-data';
import { fmt, machine, measure, scratchDatabase, writeSection } from './bench-support';
import { benchCheckOverHttp } from './dedupe-http';

const TOTAL = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const BATCH = 100_000;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 1000);

async function main() {
  const db = await scratchDatabase('berth_bench_dedupe');
  const ds = db.dataSource;
  try {
    console.log(`Seeding ${TOTAL.toLocaleString()} customers …`);
    const seedStart = Date.now();
    await seed(ds);
    const seedSeconds = (Date.now() - seedStart) / 1000;
    console.log(`Seeded in ${seedSeconds.toFixed(0)} s`);
    await verifyKeys(ds);

    const rules = await new DuplicateRulesService(ds, new SettingsRepository(ds), systemClock).current();
    const repo = new MatchKeyRepository(ds);
    const sample: { name_key: string; company_name: string; phone: string; email: string }[] = await ds.query(
      `SELECT name_key, company_name, phone, email FROM customers WHERE id % $1 = 7 LIMIT $2`,
      [Math.max(1, Math.floor(TOTAL / SAMPLES)), SAMPLES],
    );
    const pick = (i: number) => sample[i % sample.length];
    const keysOf = (i: number) => {
      const s = pick(i);
      return { name: s.name_key, emails: [s.email], phones: [s.phone], domains: [s.email.split('@')[1]] };
    };
    const typo = (key: string) => key.replace(/([a-z])([a-z])(?=[a-z]* [a-z]+$)/, '$2$1'); // swap two letters in the last word but one

    const exact = await measure(SAMPLES, (i) => repo.exactHits(keysOf(i), null));
    const similar = await measure(SAMPLES, (i) => ds.transaction((m) => repo.similarNames(typo(pick(i).name_key), rules.similarNameThreshold, null, m)));
    const ilikeRuns = Math.min(SAMPLES, 60);
    const ilike = await measure(ilikeRuns, (i) =>
      ds.query(`SELECT id, company_name FROM customers WHERE company_name ILIKE $1 LIMIT 10`, [`%${pick(i).company_name.split(' ').slice(0, 3).join(' ')}%`]),
    );
    console.log({ exact, similar, ilike });

    const http = await benchCheckOverHttp(ds, sample, typo);
    console.log(http);

    writeSection(
      'Duplicate check speed (`pnpm bench:dedupe`)',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; PostgreSQL ${await pgVersion(ds)}; ${TOTAL.toLocaleString()} customers
(seeded in ${seedSeconds.toFixed(0)} s) named from shared word lists ("Shanghai Xinkang Golden Technology Co., Ltd."), one email,
phone and domain each. Latencies are per call from the application (round trips included), sequential.

| query | runs | p50 ms | p95 ms | p99 ms | target |
|---|---|---|---|---|---|
| exact keys: normalised name, email, phone, domain (one statement, btree) | ${exact.n} | ${fmt(exact.p50)} | ${fmt(exact.p95)} | ${fmt(exact.p99)} | p95 < 2 ms |
| similar names: pg_trgm GIN on the normalised name, threshold ${rules.similarNameThreshold} (transaction with set_config) | ${similar.n} | ${fmt(similar.p50)} | ${fmt(similar.p95)} | ${fmt(similar.p99)} | p95 ≤ 15 ms |
| baseline: \`company_name ILIKE '%…%'\` substring search | ${ilike.n} | ${fmt(ilike.p50)} | ${fmt(ilike.p95)} | ${fmt(ilike.p99)} | — |
| \`checkDuplicates\` over HTTP, exact-only input (email + phone + website) | ${http.exact.n} | ${fmt(http.exact.p50)} | ${fmt(http.exact.p95)} | ${fmt(http.exact.p99)} | p95 ≤ 25 ms |
| \`checkDuplicates\` over HTTP, misspelt company name | ${http.similar.n} | ${fmt(http.similar.p50)} | ${fmt(http.similar.p95)} | ${fmt(http.similar.p99)} | p95 ≤ 25 ms |

The substring search finds neither "ACME TRADING LIMITED" for "Acme Trading Co., Ltd." nor a typo, and
scans the table; the trigram index on legal-form-free keys answers both with an index scan.`,
    );
  } finally {
    await db.close();
  }
}

/** Bulk load in SQL (a scratch database: triggers and FK checks are skipped for speed). */
async function seed(ds: import('typeorm').DataSource) {
  const lists = [CITIES, SYLLABLES, CORE_WORDS, INDUSTRIES, LEGAL_FORMS];
  for (let from = 1; from <= TOTAL; from += BATCH) {
    const to = Math.min(TOTAL, from + BATCH - 1);
    await ds.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(
        `INSERT INTO customers (id, company_name, name_key, website, email, phone, tier_code, status, created_at, updated_at)
         SELECT g, display, name_key, 'https://www.' || slug || '.com', 'info@' || slug || '.com', phone, 'C', 'NEW', now(), now()
           FROM (${GENERATE_SQL}) s`,
        [...lists, from, to],
      );
      await m.query(
        `INSERT INTO customer_match_keys (dimension, key, customer_id)
         SELECT d.dimension::match_key_dimension, d.key, s.g FROM (${GENERATE_SQL}) s,
           LATERAL (VALUES ('EMAIL', 'info@' || s.slug || '.com'), ('PHONE', s.phone), ('DOMAIN', s.slug || '.com')) d(dimension, key)`,
        [...lists, from, to],
      );
    });
    process.stdout.write(`  ${to.toLocaleString()}\r`);
  }
  await ds.query(`SELECT setval(pg_get_serial_sequence('customers', 'id'), $1)`, [TOTAL]);
  await ds.query('ANALYZE customers; ANALYZE customer_match_keys');
}

/** The SQL-built keys must be what the product computes, or the benchmark measures the wrong thing. */
async function verifyKeys(ds: import('typeorm').DataSource) {
  const rows: { company_name: string; name_key: string }[] = await ds.query(`SELECT company_name, name_key FROM customers ORDER BY random() LIMIT 2000`);
  const wrong = rows.filter((r) => normalizeCompanyName(r.company_name) !== r.name_key);
  if (wrong.length) throw new Error(`SQL keys differ from normalizeCompanyName, e.g. ${JSON.stringify(wrong.slice(0, 3))}`);
}

async function pgVersion(ds: import('typeorm').DataSource): Promise<string> {
  return (await ds.query('SHOW server_version'))[0].server_version;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
