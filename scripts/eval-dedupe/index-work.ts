import { distinctiveNameOf, trigramsOf, type DuplicateKeys } from '../../packages/domain/src';

export interface IndexWork {
  /** Mean number of posting-list entries a trigram-index lookup of one name reads. */
  fullKeys: number;
  distinctiveNames: number;
}

/**
 * A proxy for the GIN work of a similar-name lookup on this dataset: for each distinct name,
 * the summed lengths of the posting lists of its trigrams, once in an index on the full keys
 * and once in an index on the distinctive names. Words shared by many names make long lists.
 */
export function indexWork(keys: Map<string, DuplicateKeys>): IndexWork {
  const names = [...new Set([...keys.values()].map((k) => k.name).filter((n) => n !== ''))];
  return { fullKeys: meanPostingsRead(names), distinctiveNames: meanPostingsRead(names.map(distinctiveNameOf)) };
}

function meanPostingsRead(indexed: string[]): number {
  const trigramSets = indexed.map((n) => trigramsOf(n));
  const postings = new Map<string, number>();
  for (const set of trigramSets) for (const t of set) postings.set(t, (postings.get(t) ?? 0) + 1);
  let read = 0;
  for (const set of trigramSets) for (const t of set) read += postings.get(t)!;
  return indexed.length === 0 ? 0 : read / indexed.length;
}
