import type { MessageKey } from '../../i18n/catalogue/en';
import { keysFor } from '../../i18n/message-keys';
import type { Translate } from '../../i18n/translator';

/**
 * A move's refusal in a manager's words, by code: the table's, else the catalogue's error for the
 * code, else `other`. The server's own sentence is English for developers.
 */
export function refusalWording(table: Record<string, MessageKey>, other: MessageKey) {
  return (result: { code: string | null }, t: Translate): string => {
    const key = result.code ? table[result.code] : undefined;
    if (key) return t(key);
    const errorKey = `error.${result.code}`;
    return result.code && t.has(errorKey) ? t(errorKey) : t(other);
  };
}

/** Owned customers moved to other reps: ALREADY_OWNED means the chosen rep holds it already. */
export const reassignRefusalMessage = refusalWording(
  keysFor('moves.reassignRefusal', ['NOT_VISIBLE', 'ALREADY_OWNED', 'HOLDING_CAP_REACHED'] as const),
  'moves.reassignRefusal.other',
);

export const releaseRefusalMessage = refusalWording(keysFor('moves.releaseRefusal', ['NOT_VISIBLE', 'IN_POOL'] as const), 'moves.releaseRefusal.other');
