import { areCandidateCores, coreSimilarityFor, nameVariants, trigramSimilarity } from '@berth/domain';

/** A row's name as the duplicate check compares names: its key, and its searched core (distinctive, without common words). */
export interface ComparedName {
  key: string;
  core: string;
}

interface Seen {
  rowNumber: number;
  key: string;
  core: string;
  /** The row that stands for its company: the row itself, or the earlier one it repeats. */
  stands: number;
}

/**
 * The rows of one check chunk seen so far, by the word variants of their names: for a row, the
 * first earlier row of the chunk with a similar name, found as the database finds it for earlier
 * chunks (a shared word variant, candidate cores, then the full keys' similarity). Rows are looked up through
 * their variants instead of compared with every earlier row: a 200-row chunk made 19,900
 * comparisons, each recomputing both names.
 */
export class SimilarInChunk {
  private readonly byVariant = new Map<string, Seen[]>();

  constructor(private readonly threshold: number | null) {}

  /** The row standing for the first earlier row with a similar name, or null. */
  find(name: ComparedName): number | null {
    if (this.threshold === null) return null;
    let first: Seen | null = null;
    for (const variant of nameVariants(name.core)) {
      for (const seen of this.byVariant.get(variant) ?? []) {
        if (first !== null && seen.rowNumber >= first.rowNumber) continue;
        if (areCandidateCores(name.core, seen.core, coreSimilarityFor(this.threshold)) && trigramSimilarity(name.key, seen.key) >= this.threshold) first = seen;
      }
    }
    return first?.stands ?? null;
  }

  /** Adds a classified row; `stands` is the row its company is counted under. */
  add(rowNumber: number, name: ComparedName, stands: number): void {
    const seen = { rowNumber, key: name.key, core: name.core, stands };
    for (const variant of nameVariants(name.core)) {
      const list = this.byVariant.get(variant);
      if (list) list.push(seen);
      else this.byVariant.set(variant, [seen]);
    }
  }
}
