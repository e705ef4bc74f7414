/**
 * Numbers for people, in the viewer's locale: counts, shares and averages. Beside dates.ts, the
 * one place that decides how a figure looks; "—" stands for a value that does not exist.
 */
export function formatCount(value: number | null | undefined, locale?: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A share 0..1 as a percentage, e.g. 0.256 → "25.6%". */
export function formatShare(value: number | null | undefined, locale?: string, fractionDigits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(value);
}

/** A measured quantity (days, a ratio), e.g. 2.345 → "2.35". */
export function formatDecimal(value: number | null | undefined, locale?: string, fractionDigits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}
