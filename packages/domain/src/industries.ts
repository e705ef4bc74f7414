/**
 * Industries are one shared list: these built-in names plus every industry a customer was saved
 * with. The filter and the form offer the same list, so whatever someone types can be filtered on.
 * The names are data (stored and shown as typed), so the defaults stay plain English words.
 */
export const DEFAULT_INDUSTRIES = [
  'Construction',
  'Education',
  'Energy',
  'Finance',
  'Food & Beverage',
  'Healthcare',
  'Logistics',
  'Manufacturing',
  'Retail',
  'Software',
] as const;

/** A menu stays usable and a response small however many spellings people type. */
export const INDUSTRY_LIST_CAP = 500;

/** "Retail", "retail " and "RETAIL" are one industry. */
export function industryKey(name: string): string {
  return name.trim().normalize('NFKC').toLocaleLowerCase('en');
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The list the filter and the form offer: the defaults always, then stored names in the order
 * given (most used first, so the cap drops the rarest), one per spelling-insensitive key, the
 * first spelling winning; sorted by name.
 */
export function industryList(stored: readonly string[], cap: number = INDUSTRY_LIST_CAP): string[] {
  const chosen = new Map<string, string>();
  for (const name of [...DEFAULT_INDUSTRIES, ...stored]) {
    const trimmed = name.trim();
    const key = industryKey(trimmed);
    if (!key || chosen.has(key)) continue;
    if (chosen.size >= Math.max(cap, DEFAULT_INDUSTRIES.length)) break;
    chosen.set(key, trimmed);
  }
  return [...chosen.values()].sort((a, b) => byName.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}
