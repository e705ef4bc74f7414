import type { EntityManager } from 'typeorm';
import { COMMON_WORD_MIN_CUSTOMERS } from '@berth/domain';

/** Per-word customer counts of distinctive names, and the words that have become common. */
export class NameWordCountRepository {
  /**
   * Counts `added` words up and `removed` ones down, in one statement over sorted words (so
   * concurrent writers lock word rows in the same order), and returns the words that have just
   * become common.
   */
  async adjust(manager: EntityManager, removed: string[], added: string[]): Promise<string[]> {
    // A word may come several times (a batch of customers sharing it): one change per word, summed.
    const delta = new Map<string, number>();
    for (const w of removed) delta.set(w, (delta.get(w) ?? 0) - 1);
    for (const w of added) delta.set(w, (delta.get(w) ?? 0) + 1);
    const changes = [...delta].filter(([, d]) => d !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (!changes.length) return [];
    const rows: { word: string; customers: number }[] = await manager.query(
      `INSERT INTO name_word_counts (word, customers)
       SELECT w, d FROM unnest($1::text[], $2::int[]) AS t(w, d) ORDER BY w
       ON CONFLICT (word) DO UPDATE SET customers = GREATEST(0, name_word_counts.customers + EXCLUDED.customers)
       RETURNING word, customers`,
      [changes.map(([w]) => w), changes.map(([, d]) => d)],
    );
    // Words that just reached the bar: common from now on.
    return rows.filter((r) => r.customers >= COMMON_WORD_MIN_CUSTOMERS && r.customers - (delta.get(r.word) ?? 0) < COMMON_WORD_MIN_CUSTOMERS).map((r) => r.word);
  }

  async commonAmong(manager: EntityManager, words: string[]): Promise<Set<string>> {
    if (!words.length) return new Set();
    const rows: { word: string }[] = await manager.query('SELECT word FROM name_word_counts WHERE word = ANY($1) AND customers >= $2', [
      words,
      COMMON_WORD_MIN_CUSTOMERS,
    ]);
    return new Set(rows.map((r) => r.word));
  }

  allCommon(manager: EntityManager): Promise<{ word: string }[]> {
    return manager.query('SELECT word FROM name_word_counts WHERE customers >= $1 ORDER BY word', [COMMON_WORD_MIN_CUSTOMERS]);
  }

  /**
   * Takes a newly common word out of every stored distinctive name still holding it (never
   * leaving one empty), customers' and their aliases'. The word variants' indexes find the rows (a
   * word is its own variant); no name is recomputed in TypeScript.
   */
  async removeFromCores(manager: EntityManager, word: string): Promise<number> {
    let affected = 0;
    for (const table of ['customers', 'customer_aliases']) {
      const [, n] = await manager.query(
        `UPDATE ${table} SET name_core = array_to_string(array_remove(string_to_array(name_core, ' '), $1), ' ')
          WHERE berth_name_variants(name_core) @> ARRAY[$1::text] AND $1 = ANY(string_to_array(name_core, ' ')) AND name_core <> $1`,
        [word],
      );
      affected += n;
    }
    return affected;
  }

  async replaceAll(manager: EntityManager, counts: Map<string, number>): Promise<void> {
    await manager.query('DELETE FROM name_word_counts');
    const words = [...counts.keys()];
    for (let i = 0; i < words.length; i += 10_000) {
      const slice = words.slice(i, i + 10_000);
      await manager.query('INSERT INTO name_word_counts (word, customers) SELECT * FROM unnest($1::text[], $2::int[])', [
        slice,
        slice.map((w) => counts.get(w)!),
      ]);
    }
  }
}
