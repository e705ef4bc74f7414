/**
 * Duplicate-check quality on real data made by others (../shared/datasets, see its README):
 * every record is checked against every other with the domain package's normalisers and the
 * default rules, and the flagged pairs are scored against the datasets' truth. A block is
 * demoted to a warning as the product demotes it (withDemotions), each record's "existing
 * customers" being all the others. Similar names
 * are found as the product finds them (isSimilarNameCandidate: distinctive names first, then
 * full keys), and also by full keys alone, to show what the faster search costs.
 *
 *   pnpm eval:dedupe [dataset-folder …]   (default: the two folders in ../shared/datasets)
 *
 * The server's database matcher computes the same keys and the same pg_trgm scores, so it can
 * be run over the same pairs later and must reproduce these numbers.
 */
import path from 'node:path';
import { DEFAULT_DUPLICATE_RULES } from '../packages/domain/src';
import { DEFAULT_DATASETS, loadDatasets } from './eval-dedupe/datasets';
import { prepare } from './eval-dedupe/evaluate';
import {
  caveatLines,
  demotionTable,
  indexWorkLine,
  keyCoverage,
  lostPairLines,
  resultsTable,
  searchComparisonTable,
  sweepTable,
  verdictTable,
} from './eval-dedupe/sections';

// The two datasets are US records: 7-digit local numbers stay unmatched rather than guessed.
const DEFAULT_REGION = 'US';

function main() {
  // pnpm runs the script from server/ (its package): relative folders are taken from where the user ran pnpm.
  const from = process.env.INIT_CWD ?? process.cwd();
  const named = process.argv.slice(2);
  const folders = named.length ? named.map((f) => path.resolve(from, f)) : DEFAULT_DATASETS.map((d) => path.join(__dirname, '../../shared/datasets', d));
  const started = Date.now();
  console.log(`# Duplicate check quality — ${folders.map((f) => path.basename(f)).join(', ')}`);
  console.log(`Default rules: similar-name threshold ${DEFAULT_DUPLICATE_RULES.similarNameThreshold}, region ${DEFAULT_REGION}.\n`);
  for (const dataset of loadDatasets(folders)) {
    const t0 = Date.now();
    const prepared = prepare(dataset, DEFAULT_REGION, 'two-stage');
    const fullKeyOnly = prepare(dataset, DEFAULT_REGION, 'full-key');
    console.log(`## ${dataset.name}\n\n${keyCoverage(prepared)}\n`);
    console.log(`${resultsTable(prepared)}\n`);
    console.log(`Blocks apart from warnings (default rules):\n\n${verdictTable(prepared)}\n`);
    console.log(`Blocks that other facts turn into warnings (demotions):\n\n${demotionTable(prepared)}\n`);
    for (const line of caveatLines(prepared)) console.log(`- ${line}`);
    console.log(`\nSimilar names, full keys only (before) vs two-stage (product):\n\n${searchComparisonTable(fullKeyOnly, prepared)}\n`);
    for (const line of lostPairLines(fullKeyOnly, prepared)) console.log(`- ${line}`);
    console.log(`- ${indexWorkLine(prepared)}`);
    console.log(`\nThreshold sweep (SIMILAR NAME alone, and the whole check with that threshold):\n\n${sweepTable(fullKeyOnly, prepared)}\n`);
    console.log(`(${dataset.name}: ${Date.now() - t0} ms)\n`);
  }
  console.log(`Total ${Date.now() - started} ms on Node ${process.versions.node}.`);
}

main();
