import { BerthError, fieldProblem } from '@berth/domain';

/** Database ids are positive 32-bit integers; anything else cannot name a row. */
export function parseId(value: string | number): number | null {
  const n = typeof value === 'number' ? value : /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 && n <= 2_147_483_647 ? n : null;
}

/** For ids that point at something to read or change: a malformed id is answered like a missing row. */
export function idOrNotFound(value: string, what: string): number {
  const id = parseId(value);
  if (id === null) throw new BerthError('NOT_FOUND', `${what} not found.`);
  return id;
}

/** For ids inside an input: a malformed one is a field problem. */
export function idOrFieldError(value: string, field: string): number {
  const id = parseId(value);
  if (id === null) throw BerthError.badInput([fieldProblem(field, 'INVALID_ID')]);
  return id;
}
