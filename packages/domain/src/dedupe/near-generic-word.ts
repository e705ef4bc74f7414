/**
 * Misspelt generic words ("tradng", "technolgy", "telecommunication" for "telecommunications")
 * are still generic: left in a distinctive name they would stand in for the brand. A word of six
 * or more Latin letters one edit away from a generic word counts as that word. One edit is found
 * by the symmetric-delete method: two words are at most one insertion, deletion or substitution
 * apart when one equals the other, or one with a letter removed equals the other (with or
 * without one removed too). Short words are left alone: brands are often short.
 */
const MIN_LENGTH = 6;
const LATIN = /^[a-z]+$/;

export function nearGenericIndex(genericWords: Iterable<string>): (word: string) => boolean {
  const index = new Set<string>();
  for (const g of genericWords) {
    if (g.length < MIN_LENGTH - 1 || !LATIN.test(g)) continue;
    index.add(g);
    for (const d of deletionsOf(g)) index.add(d);
  }
  return (word) => {
    if (word.length < MIN_LENGTH || !LATIN.test(word)) return false;
    if (index.has(word)) return true;
    return deletionsOf(word).some((d) => index.has(d));
  };
}

function deletionsOf(word: string): string[] {
  return Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
}
