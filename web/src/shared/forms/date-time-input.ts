/**
 * `<input type="datetime-local">` speaks the viewer's wall-clock time without a zone
 * ("2026-11-22T14:30"); the API speaks instants. These convert between the two.
 */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant as the input shows it, to the minute, in the viewer's zone. */
export function toDateTimeInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant an input value names in the viewer's zone; null when blank or not a real time. */
export function fromDateTimeInputValue(value: string): Date | null {
  if (!LOCAL_DATE_TIME.test(value)) return null;
  // Without an offset, ECMAScript reads a date-time as local time.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
