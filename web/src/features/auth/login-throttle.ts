import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ERROR_CODES } from '@berth/domain';
import { formatRelative } from '../../shared/format/dates';

/** When sign-in opens again, from LOGIN_THROTTLED's `extensions.retryAt`; null for any other error. */
export function loginRetryAt(error: unknown): Date | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const retryAt = error.errors.find((e) => e.extensions?.code === 'LOGIN_THROTTLED')?.extensions?.retryAt;
  const date = typeof retryAt === 'string' ? new Date(retryAt) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/**
 * The table's message and when to try again, e.g. "… You can try again at 09:15 (in 12
 * minutes)." The time is the viewer's own; the date is added when it is not today.
 */
export function loginThrottledMessage(retryAt: Date | null, now: Date, locale?: string): string {
  const message = ERROR_CODES.LOGIN_THROTTLED.defaultMessage;
  if (!retryAt) return message;
  const sameDay = retryAt.toDateString() === now.toDateString();
  const at = new Intl.DateTimeFormat(locale, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(retryAt);
  return `${message} You can try again at ${at} (${formatRelative(retryAt.toISOString(), now, locale)}).`;
}
