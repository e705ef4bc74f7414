import type { MessageKey } from './catalogue/en';
import type { Translate } from './translator';

/**
 * A label table by code: `keysFor('customers.status', CUSTOMER_STATUSES)` gives
 * `{ NEW: 'customers.status.NEW', … }`. Tables are built from the codes rather than spelt out, so
 * that the catalogue holds the only copy of each key; typing the table `Record<Code, MessageKey>`
 * (or `satisfies` it) makes a code without a message fail the type check.
 */
export function keysFor<const Prefix extends string, const Code extends string>(
  prefix: Prefix,
  codes: readonly Code[],
): { [C in Code]: `${Prefix}.${C}` } {
  return Object.fromEntries(codes.map((code) => [code, `${prefix}.${code}`])) as { [C in Code]: `${Prefix}.${C}` };
}

/** A label table in the viewer's words, for code that takes plain labels (toFieldErrors). */
export function translated<Field extends string>(table: Record<Field, MessageKey>, t: Translate): Record<Field, string> {
  return Object.fromEntries(Object.entries<MessageKey>(table).map(([field, key]) => [field, t(key)])) as Record<Field, string>;
}

export type { MessageKey };
