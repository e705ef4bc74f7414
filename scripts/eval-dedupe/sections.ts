import { DEFAULT_DUPLICATE_RULES, DUPLICATE_DEMOTIONS, DUPLICATE_RULE_SLOTS, verdictOf, type DuplicateDimension, type MatchMethod } from '../../packages/domain/src';
import { distinctiveNameOf, trigramSimilarity } from '../../packages/domain/src';
import { demotedEvidence, predicted, predictedBy, predictedByVerdict, scoreOf, withRuleOff, withThreshold, type Prepared } from './evaluate';
import { indexWork } from './index-work';
import { bcubed, score, type Score } from './metrics';
import { SCORE_HEADER, pct, scoreCells, table } from './report';

const rules = DEFAULT_DUPLICATE_RULES;

/** Per rule and overall, under the default rules. */
export function resultsTable(p: Prepared): string {
  const rows = DUPLICATE_RULE_SLOTS.map((slot) => {
    const [dimension, method] = slot.split(' ') as [DuplicateDimension, MatchMethod];
    const label = method === 'SIMILAR' ? `${slot} ≥ ${rules.similarNameThreshold}` : slot;
    return [label, ...scoreCells(scoreOf(p, predictedBy(p, rules, dimension, method)))];
  });
  rows.push(['**overall (default rules)**', ...scoreCells(scoreOf(p, predicted(p, rules)))]);
  rows.push(['overall, DOMAIN rule off', ...scoreCells(scoreOf(p, predicted(p, withRuleOff(rules, 'DOMAIN'))))]);
  return table(['rule', ...SCORE_HEADER], rows);
}

const SEARCH_LABEL = { 'full-key': 'full keys only (before)', 'two-stage': 'two-stage (product)' } as const;

/** SIMILAR NAME and the whole check under the default rules, with the earlier and the product's search. */
export function searchComparisonTable(fullKey: Prepared, twoStage: Prepared): string {
  const rows: string[][] = [];
  for (const p of [fullKey, twoStage]) {
    const similar = scoreOf(p, predictedBy(p, rules, 'NAME', 'SIMILAR'));
    rows.push([`NAME SIMILAR ≥ ${rules.similarNameThreshold}, ${SEARCH_LABEL[p.search]}`, ...scoreCells(similar)]);
  }
  for (const p of [fullKey, twoStage]) {
    rows.push([`overall, ${SEARCH_LABEL[p.search]}`, ...scoreCells(scoreOf(p, predicted(p, rules)))]);
  }
  return table(['rule', ...SCORE_HEADER], rows);
}

/**
 * The true pairs the full-key rule warns about and the two-stage rule does not, with a few of
 * their names, so the recall cost can be read and not just counted.
 */
export function lostPairLines(fullKey: Prepared, twoStage: Prepared, examples = 5): string[] {
  const before = predictedBy(fullKey, rules, 'NAME', 'SIMILAR');
  const after = predictedBy(twoStage, rules, 'NAME', 'SIMILAR');
  const dropped = [...before].filter((pair) => !after.has(pair));
  const lost = dropped.filter((pair) => twoStage.truth.has(pair));
  const lines = [`The candidate stage drops ${dropped.length} similar-name warnings: ${dropped.length - lost.length} false, ${lost.length} true.`];
  const seen = new Set<string>();
  for (const pair of lost) {
    const [a, b] = pair.split('|').map((id) => twoStage.keys.get(id)!.name);
    const shown = [a, b].sort().join('|');
    if (a === b || seen.has(shown) || seen.size >= examples) continue;
    seen.add(shown);
    const [da, db] = [distinctiveNameOf(a), distinctiveNameOf(b)];
    lines.push(
      `lost: "${a}" / "${b}" (full ${trigramSimilarity(a, b).toFixed(3)}; ` +
        `distinctive "${da}" / "${db}" ${trigramSimilarity(da, db).toFixed(3)})`,
    );
  }
  return lines;
}

/** SIMILAR NAME alone (before and after) and the whole check, for thresholds 0.30 … 0.90. */
export function sweepTable(fullKey: Prepared, twoStage: Prepared): string {
  const cells = (s: Score) => scoreCells(s).slice(4).join(' / ');
  const rows: string[][] = [];
  for (let step = 0; step <= 12; step++) {
    const t = Number((0.3 + step * 0.05).toFixed(2));
    const r = withThreshold(rules, t);
    rows.push([
      t === rules.similarNameThreshold ? `**${t.toFixed(2)}**` : t.toFixed(2),
      cells(scoreOf(fullKey, predictedBy(fullKey, r, 'NAME', 'SIMILAR'))),
      cells(scoreOf(twoStage, predictedBy(twoStage, r, 'NAME', 'SIMILAR'))),
      cells(scoreOf(fullKey, predicted(fullKey, r))),
      cells(scoreOf(twoStage, predicted(twoStage, r))),
    ]);
  }
  const h = (what: string) => `${what} P / R / F1`;
  return table(
    ['threshold', h('similar, full keys'), h('similar, two-stage'), h('overall, full keys'), h('overall, two-stage')],
    rows,
  );
}

/** Posting-list entries one similar-name lookup reads, per index (a proxy for GIN work). */
export function indexWorkLine(p: Prepared): string {
  const w = indexWork(p.keys);
  return (
    `Index postings read per lookup (mean over distinct names): trigrams of full keys ${Math.round(w.fullKeyTrigrams)}, ` +
    `word variants of distinctive names ${Math.round(w.distinctiveVariants)} (×${(w.distinctiveVariants / w.fullKeyTrigrams).toFixed(2)}).`
  );
}

/** Counts that say what the dataset gave each dimension to work with. */
export function keyCoverage(p: Prepared): string {
  const keys = [...p.keys.values()];
  const count = (f: (k: (typeof keys)[number]) => boolean) => keys.filter(f).length;
  return [
    `${keys.length} records, ${p.truth.size} true pairs scored, ${p.dataset.excluded.size} "don't care" pairs excluded.`,
    `Records with a key — name: ${count((k) => k.name !== '')}, email: ${count((k) => k.emails.length > 0)},`,
    `phone: ${count((k) => k.phones.length > 0)}, domain: ${count((k) => k.domains.length > 0)};`,
    `names refused because only a legal form or punctuation is left: ${count((k) => k.name === '')}.`,
  ].join(' ');
}

/** The dataset-specific readings the README asks to keep beside the numbers. */
export function caveatLines(p: Prepared): string[] {
  const lines: string[] = [];
  const flagged = predicted(p, rules);
  if (p.dataset.probablyMissing.size > 0) {
    const widened = new Set([...p.truth, ...p.dataset.probablyMissing]);
    const exact = score(predictedBy(p, rules, 'NAME', 'EXACT'), widened);
    const all = score(flagged, widened);
    lines.push(
      `Counting the ${p.dataset.probablyMissing.size} ${p.dataset.gapsAre} as true: NAME EXACT precision ${pct(exact.precision)}; ` +
        `overall precision ${pct(all.precision)}, recall ${pct(all.recall)}.`,
    );
  }
  const identical = identicalRowPairs(p);
  if (identical.size > 0) {
    const rest = new Set([...p.truth].filter((pair) => !identical.has(pair)));
    const s = score(new Set([...flagged].filter((pair) => !identical.has(pair))), rest);
    lines.push(`Leaving out the ${identical.size} true pairs whose rows are identical in every field but the id: overall recall ${pct(s.recall)}.`);
  }
  return lines;
}

function identicalRowPairs(p: Prepared): Set<string> {
  const byRow = new Map(p.dataset.records.map((r) => [r.id, JSON.stringify({ ...r, id: undefined })]));
  return new Set([...p.truth].filter((pair) => {
    const [a, b] = pair.split('|');
    return byRow.get(a) === byRow.get(b);
  }));
}

/**
 * What a rep meets: BLOCKs (the save is refused) apart from WARNs (a confirmation), each with its
 * precision, and counting the pairs the dataset's SOURCE names as missing from its truth; then the
 * whole check per record (B-cubed), where a big group weighs no more than its records.
 */
export function verdictTable(p: Prepared): string {
  const byVerdict = predictedByVerdict(p, rules);
  const widened = new Set([...p.truth, ...p.dataset.probablyMissing]);
  const gaps = p.dataset.probablyMissing.size;
  const rows = (['BLOCK', 'WARN'] as const).map((verdict) => {
    const pairs = byVerdict[verdict];
    const s = score(pairs, p.truth);
    const counted = score(pairs, widened);
    return [verdict, String(pairs.size), String(s.truePositives), String(s.falsePositives), pct(s.precision), gaps ? pct(counted.precision) : '—'];
  });
  const ids = p.dataset.records.map((r) => r.id);
  const perRecord = bcubed(ids, predicted(p, rules), p.truth);
  return [
    table(['verdict', 'pairs', 'TP', 'FP', 'precision', `precision counting the ${gaps} pairs the truth misses (below)`], rows),
    '',
    gaps ? `The pairs the truth misses: the ${gaps} ${p.dataset.gapsAre}.` : 'The dataset names no pairs its truth misses.',
    '',
    `Per record (B-cubed, the whole check, groups linked through any chain of flagged pairs): precision ${pct(perRecord.precision)}, recall ${pct(perRecord.recall)}, F1 ${pct(perRecord.f1)}.`,
  ].join('\n');
}

/**
 * The pairs that would block without the demotions and warn with them, by reason (a pair with
 * several reasons counts under each), split by the truth: a demoted true pair still warns.
 */
export function demotionTable(p: Prepared): string {
  const rows = DUPLICATE_DEMOTIONS.map((reason) => {
    let truePairs = 0;
    let falsePairs = 0;
    for (const [pair, evidence] of demotedEvidence(p, rules)) {
      if (!evidence.some((e) => e.demotedBecause === reason) || verdictOf(evidence, rules) !== 'WARN' || verdictOf(p.evidence.get(pair)!, rules) !== 'BLOCK') continue;
      if (p.truth.has(pair)) truePairs++;
      else falsePairs++;
    }
    return [reason, String(truePairs + falsePairs), String(truePairs), String(falsePairs)];
  });
  return table(['demoted because', 'pairs BLOCK → WARN', 'true', 'false'], rows);
}
