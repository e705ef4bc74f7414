/**
 * A workbook cell's value as the text a user sees in it. Phone numbers typed as numbers keep every
 * digit; dates read as the day (and time, when it has one); a formula reads as its last result;
 * rich text and links as their text; an error (#N/A) as nothing.
 */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? numberText(value) : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; formula?: unknown; sharedFormula?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((run) => run.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if ('error' in v) return null;
    if ('text' in v) return cellText(v.text);
  }
  return null;
}

/** Integers in full (no 1.38e+10 for a phone number); other numbers as JavaScript prints them. */
function numberText(n: number): string {
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

/** A date cell: the workbook's wall-clock day (Excel has no time zone; ExcelJS reads it as UTC). */
function dateText(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  return time === '00:00' ? day : `${day} ${time}`;
}
