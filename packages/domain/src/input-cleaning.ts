/** Trims strings and turns blanks into null, so "  " is stored as "no value". */
export function cleanText(v: string | null | undefined): string | null | undefined {
  if (v === undefined || v === null) return v;
  const t = v.trim();
  return t === '' ? null : t;
}

/** Trims, drops blanks and repeats (case-insensitively), keeps the first spelling. */
export function cleanList(values: string[] | null | undefined): string[] | undefined {
  if (!values) return undefined;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const t = raw.trim();
    const key = t.toLowerCase();
    if (t && !seen.has(key)) {
      seen.add(key);
      out.push(t);
    }
  }
  return out;
}

/** Drops keys whose value is undefined: in a partial update, "absent" means "leave as it is". */
export function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
