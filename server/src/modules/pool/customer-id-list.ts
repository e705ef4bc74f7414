import { ERROR_CODES } from '@berth/domain';
import { parseId } from '../../graphql/ids';

/** The customer ids a move names, each once: the well-formed ones, and the raw text of those that cannot name a customer. */
export function splitCustomerIds(raw: readonly string[]): { ids: number[]; malformed: string[] } {
  const parsed = [...new Set(raw)].map((text) => ({ text, id: parseId(text) }));
  return { ids: parsed.flatMap((p) => (p.id === null ? [] : [p.id])), malformed: parsed.filter((p) => p.id === null).map((p) => p.text) };
}

/** A malformed id cannot name a customer: its result reads like one the viewer cannot see. */
export function notVisibleResult(raw: string) {
  return { customerId: raw, ok: false, code: 'NOT_VISIBLE', message: ERROR_CODES.NOT_VISIBLE.defaultMessage, companyName: null };
}
