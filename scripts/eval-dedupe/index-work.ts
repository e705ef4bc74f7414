import { distinctiveNameOf, nameVariants, trigramsOf, type DuplicateKeys } from '../../packages/domain/src';

export interface IndexWork {
  /** Mean number of posting-list entries a trigram-index lookup of one full key reads (the naive search). */
  fullKeyTrigrams: number;
  /** The same for the product's lookup: the word variants of the distinctive name. */
  distinctiveVariants: number;
}

/**
 * A proxy for the GIN work of a similar-name lookup on this dataset: for each distinct name, the
 * summed lengths of the posting lists its lookup reads — the trigrams of its full key in an
 * index of full keys, and the word variants of its distinctive name in the product's index.
 */
export function indexWork(keys: Map<string, DuplicateKeys>): IndexWork {
  const names = [...new Set([...keys.values()].map((k) => k.name).filter((n) => n !== ''))];
  return {
    fullKeyTrigrams: meanPostingsRead(names.map((n) => [...trigramsOf(n)])),
    distinctiveVariants: meanPostingsRead(names.map((n) => nameVariants(distinctiveNameOf(n)))),
  };
}

function meanPostingsRead(entriesPerName: string[][]): number {
  const postings = new Map<string, number>();
  for (const entries of entriesPerName) for (const e of entries) postings.set(e, (postings.get(e) ?? 0) + 1);
  let read = 0;
  for (const entries of entriesPerName) for (const e of entries) read += postings.get(e)!;
  return entriesPerName.length === 0 ? 0 : read / entriesPerName.length;
}
