import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv';
import { normalizeCompanyName } from '../../packages/domain/src';
import { pairKey, pairsFromCsv, pairsWithin } from './pairs';

export interface DatasetRecord {
  id: string;
  name: string;
  phone: string;
  email: string;
  website: string;
  address: string;
  source: string;
}

export interface Dataset {
  name: string;
  records: DatasetRecord[];
  truth: Set<string>;
  /** "Don't care" pairs, removed from both the predictions and the truth before scoring. */
  excluded: Set<string>;
  /**
   * Pairs the truth labels apart that its SOURCE says are one company to Berth: those its authors
   * list as probably missing, and those its SOURCE describes (see siteLevelGaps). Only used for
   * labelled figures beside the plain ones.
   */
  probablyMissing: Set<string>;
  /** What those pairs are, for the figures' labels. */
  gapsAre: string;
}

/**
 * Datasets whose SOURCE says the truth is a site, not an organisation. chicago_early_childhood's:
 * "The entity is a physical site (one address), not an organisation. The same agency at different
 * addresses is a non-duplicate: Erie Neighborhood House has 4 sites." A Berth customer is the
 * organisation, so the same name in the same city is the same customer (a name in another city
 * is the chain-branch demotion's business, and every site here is in Chicago).
 */
const SITE_LEVEL_TRUTH = new Set(['chicago_early_childhood']);

/** The datasets run when none are named: the two in ../shared/datasets. */
export const DEFAULT_DATASETS = ['chicago_early_childhood', 'secondstring_business'];

/** Each folder holds one dataset (records.csv, truth.csv, and optionally the "don't care" and gap lists); its name is the folder's. */
export function loadDatasets(folders: readonly string[]): Dataset[] {
  return folders.map((dir) => loadDataset(dir, path.basename(path.resolve(dir))));
}

function loadDataset(dir: string, name: string): Dataset {
  const records = readCsv(dir, 'records.csv') as unknown as DatasetRecord[];
  const truth = pairsFromCsv(readCsv(dir, 'truth.csv'));
  const listed = pairsFromCsv(readCsv(dir, 'diagnostics_probable_missing_pairs.csv'));
  const described = SITE_LEVEL_TRUTH.has(name) ? siteLevelGaps(records, truth) : new Set<string>();
  const gapsAre = described.size
    ? `pairs of one organisation (the same name) that the site-level truth keeps apart${listed.size ? ', and pairs its SOURCE lists as probably missing' : ''}`
    : 'pairs its SOURCE lists as probably missing from the truth';
  return { name, records, truth, excluded: pairsFromCsv(readCsv(dir, 'truth_ambiguous.csv')), probablyMissing: new Set([...listed, ...described]), gapsAre };
}

/**
 * Under a site-level truth: records of one organisation — the same name, as Berth compares names —
 * that the truth keeps apart: its other sites, and rows of one site whose address key differs (a
 * ZIP "supplied from elsewhere", in the SOURCE's words).
 */
function siteLevelGaps(records: readonly DatasetRecord[], truth: ReadonlySet<string>): Set<string> {
  const byName = new Map<string, string[]>();
  for (const r of records) {
    const key = normalizeCompanyName(r.name);
    if (key) byName.set(key, [...(byName.get(key) ?? []), r.id]);
  }
  const gaps = new Set<string>();
  for (const ids of byName.values()) {
    for (const [a, b] of pairsWithin(ids)) if (!truth.has(pairKey(a, b))) gaps.add(pairKey(a, b));
  }
  return gaps;
}

function readCsv(dir: string, file: string): Record<string, string>[] {
  try {
    return parseCsv(readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
