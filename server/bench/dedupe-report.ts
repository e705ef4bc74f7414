/** The "Duplicate check speed" section of docs/benchmarks.md, from one `pnpm bench:dedupe` run. */
import { fmt, ratio, type percentiles } from './bench-support';
import { ALIAS_EVERY, type DedupeBenchShape } from './dedupe-seed';

type Latency = ReturnType<typeof percentiles>;

export interface DedupeReportInput {
  date: string;
  machine: string;
  /** 1-minute load average when the measurements started (the machine may be shared). */
  load: number;
  postgres: string;
  shape: DedupeBenchShape;
  seedSeconds: number;
  threshold: number;
  exact: Latency;
  similar: Latency;
  naive: Latency;
  ilike: Latency;
  http: { exact: Latency; similar: Latency };
  /** Misspelt names whose original customer came back (the naive search ran on the first `baselineRuns` samples only). */
  found: { samples: number; baselineRuns: number; similar: number; similarInBaselineRuns: number; naive: number; harder: { name: string; twoStage: number; naive: number }[] };
}

export function dedupeReport(x: DedupeReportInput): string {
  const row = (what: string, l: Latency, vs: string, target: string) =>
    `| ${what} | ${l.n} | ${fmt(l.p50)} | ${fmt(l.p95)} | ${fmt(l.p99)} | ${vs} | ${target} |`;
  const s = x.shape;
  const met = { exact: x.exact.p95 < 2, similar: x.similar.p95 <= 15, http: x.http.exact.p95 <= 25 && x.http.similar.p95 <= 25 };
  const mark = (ok: boolean) => (ok ? 'met' : '**missed**');
  return `Measured ${x.date} on ${x.machine}; PostgreSQL ${x.postgres}; ${s.customers.toLocaleString()} customers
(seeded in ${x.seedSeconds.toFixed(0)} s) named from shared word lists ("Shanghai Xinkang Golden Technology Co., Ltd.": 30 places,
64,000 brands, 40 descriptive words, 28 industries, 10 legal forms), one email, phone and domain each, held as the product
holds them: each with its ownership row and CREATED event, owned by ${s.owners.toLocaleString()} reps in ${s.departments} teams, every
${s.poolEvery}th in the public pool with its pool entry, every ${ALIAS_EVERY}th with an alias (an English name of the same shapes),
indexed as customers' names are and searched with every check. Keys and word counts are computed by the product's own functions.
Latencies are per call from the application (round trips included), sequential; the 1-minute load average was
${x.load.toFixed(2)} when they started. Both baselines run in the same run on the same data, so their ratio holds when
absolute times drift with the machine; "÷ baseline" is the p95 over the baseline's p95.

| query | runs | p50 ms | p95 ms | p99 ms | ÷ baseline (p95) | target |
|---|---|---|---|---|---|---|
${row('exact keys: normalised name, email, phone, domain (one statement, btree)', x.exact, '—', 'p95 < 2 ms')}
${row(`similar names, two stages: candidates sharing a word within one edit of the distinctive name without common words (GIN index of word variants; every word paired or the names half alike), then full key ≥ ${x.threshold} (one transaction)`, x.similar, `${ratio(x.similar.p95, x.naive.p95)} of naive`, 'p95 ≤ 15 ms')}
${row(`baseline: naive pg_trgm search, GIN index on full normalised names, \`name_key % input\` at ${x.threshold}`, x.naive, '1.00×', '—')}
${row("baseline: `company_name ILIKE '%…%'` substring search", x.ilike, `${ratio(x.similar.p95, x.ilike.p95)} (two stages ÷ this)`, '—')}
${row('`checkDuplicates` over HTTP, exact-only input (email + phone + website)', x.http.exact, '—', 'p95 ≤ 25 ms')}
${row('`checkDuplicates` over HTTP, misspelt company name', x.http.similar, '—', 'p95 ≤ 25 ms')}

Targets: exact ${mark(met.exact)}, similar names ${mark(met.similar)}, over HTTP ${mark(met.http)}.

Checked in the same run: every sampled customer is found by its own email and phone; every exact
\`checkDuplicates\` answer over HTTP is a BLOCK naming the customer's owner (or "in the pool");
the two-stage search found the original customer for ${x.found.similar} of ${x.found.samples} names whose brand ends in a
wrong letter ("xinkangtai" → "xinkangtay"), the misspelling timed above, and on the ${x.found.baselineRuns} names both searches ran
it found ${x.found.similarInBaselineRuns} where the naive full-name search found ${x.found.naive}.

Harder misspellings, recall only, on the same ${x.found.baselineRuns} names (both searches, same threshold):

| misspelling | two stages found | naive full-name search found |
|---|---|---|
${x.found.harder.map((h) => `| ${h.name} | ${h.twoStage} | ${h.naive} |`).join('\n')}

The two stages look for candidates by the distinctive words alone (here the brand): a stored name
is a candidate when one of its words is within one edit of one of the input's (a changed, added
or missing letter, or two letters swapped), found as a shared variant — the word, or the word
with one letter left out — and every word of the shorter name pairs so, or the two are at least
half alike by trigrams. A swap near the start of a short brand breaks most of its trigrams, so
the trigram candidates this replaced (distinctive names at least 0.5 similar) found 22 of these 60
on 2026-12-06; the naive search compares whole names and clears 0.65 anyway. A misspelt common
word is rare, so it stays in the searched name while the stored names dropped the word; the brand
still pairs. (Runs of this bench before 2026-12-06 drew every word of a name from g mod 40, so the
data held 40 brands instead of 64,000, each shared by 25,000 names; they timed the common-word
swap, whose searches found nothing, on customers without ownership rows. Their figures are not
comparable with these.)

The substring search finds neither "ACME TRADING LIMITED" for "Acme Trading Co., Ltd." nor a
typo, and it is fast only when a three-word prefix of an existing name finds ten rows early; on
names this varied it reads most of the table.

How similar names are searched: the index covers only the distinctive part of each name —
without places and industry words (a maintained list, misspellings one edit away included) and
without words used by at least 1,000 of the customers (per-word counts kept on every write) — as
the variants of its words: each word, and each word of five letters or more with one letter left
out (\`berth_name_variants\`, a GIN index on an expression that Postgres keeps on every write). A
lookup reads the short lists of the input's own variants, about ten exact strings for a ten-letter
brand. The trigram index it replaced read lists that every name shares ("ang", "tai", "kan": a
brand here is three syllables out of forty): measured on this data on 2026-12-07, its candidates
cost 18 ms at p50 and 46–49 ms at p95 per lookup (about 3,400 candidates for a new name), and a
prefix-filtered trigram lookup (only the rarest trigrams an answer must contain) 110 ms, because
its 39,000 candidates must all be read from the table. The full keys' trigram similarity then
decides, as before.`;
}
