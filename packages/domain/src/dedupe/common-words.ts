/**
 * Words that have become common in this customer base. The static lists (places, industries)
 * catch generic words everywhere; a descriptive word ("golden", "star", "dragon") can still be
 * shared by thousands of one team's customers. Such a word no longer tells companies apart,
 * and its trigrams would make every similar-name lookup read thousands of rows, so it leaves
 * the distinctive name too — decided by how many customers use it, not by a list.
 */
export const COMMON_WORD_MIN_CUSTOMERS = 1000;

/** The distinct words of a distinctive name: what the per-word customer counts count. */
export function distinctiveWordsOf(distinctive: string): string[] {
  return [...new Set(distinctive.split(' ').filter((w) => w !== ''))].sort();
}

/** The distinctive name without common words; unchanged when every word is common. */
export function withoutCommonWords(distinctive: string, isCommon: (word: string) => boolean): string {
  const words = distinctive.split(' ').filter((w) => w !== '');
  const rare = words.filter((w) => !isCommon(w));
  return rare.length === 0 ? distinctive : rare.join(' ');
}
