import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv';
import { pairsFromCsv } from './pairs';

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
  /** Pairs the dataset's authors believe the truth misses; only used for a labelled extra line. */
  probablyMissing: Set<string>;
}

/** The datasets run when none are named: the two in ../shared/datasets. */
export const DEFAULT_DATASETS = ['chicago_early_childhood', 'secondstring_business'];

/** Each folder holds one dataset (records.csv, truth.csv, and optionally the "don't care" and gap lists); its name is the folder's. */
export function loadDatasets(folders: readonly string[]): Dataset[] {
  return folders.map((dir) => loadDataset(dir, path.basename(path.resolve(dir))));
}

function loadDataset(dir: string, name: string): Dataset {
  return {
    name,
    records: readCsv(dir, 'records.csv') as unknown as DatasetRecord[],
    truth: pairsFromCsv(readCsv(dir, 'truth.csv')),
    excluded: pairsFromCsv(readCsv(dir, 'truth_ambiguous.csv')),
    probablyMissing: pairsFromCsv(readCsv(dir, 'diagnostics_probable_missing_pairs.csv')),
  };
}

function readCsv(dir: string, file: string): Record<string, string>[] {
  try {
    return parseCsv(readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
