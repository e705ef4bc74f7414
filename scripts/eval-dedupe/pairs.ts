/** Unordered record pairs as one string key, so sets of pairs can be compared cheaply. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function pairsFromCsv(rows: Record<string, string>[]): Set<string> {
  return new Set(rows.map((r) => pairKey(r.id_a, r.id_b)));
}

/** Every pair within each group of ids. */
export function* pairsWithin(ids: string[]): Generator<[string, string]> {
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) yield [ids[i], ids[j]];
  }
}
