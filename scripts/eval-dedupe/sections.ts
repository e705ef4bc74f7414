import { DEFAULT_DUPLICATE_RULES, DUPLICATE_RULE_SLOTS, type DuplicateDimension, type MatchMethod } from '../../packages/domain/src';
import { predicted, predictedBy, scoreOf, withRuleOff, withThreshold, type Prepared } from './evaluate';
import { score } from './metrics';
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

/** SIMILAR NAME alone and the whole check, for thresholds 0.30 … 0.90. */
export function sweepTable(p: Prepared): string {
  const rows: string[][] = [];
  for (let step = 0; step <= 12; step++) {
    const t = Number((0.3 + step * 0.05).toFixed(2));
    const r = withThreshold(rules, t);
    const similar = scoreCells(scoreOf(p, predictedBy(p, r, 'NAME', 'SIMILAR')));
    const overall = scoreCells(scoreOf(p, predicted(p, r)));
    rows.push([t.toFixed(2), ...similar.slice(4), ...overall.slice(4)]);
  }
  const h = ['precision', 'recall', 'F1'];
  return table(['threshold', ...h.map((x) => `similar ${x}`), ...h.map((x) => `overall ${x}`)], rows);
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
      `Counting the ${p.dataset.probablyMissing.size} probable missing pairs as true: NAME EXACT precision ${pct(exact.precision)}; ` +
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
