import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Formatter } from '../../i18n/formatter';
import type { Translate } from '../../i18n/translator';

/** When sign-in opens again, from LOGIN_THROTTLED's `extensions.retryAt`; null for any other error. */
export function loginRetryAt(error: unknown): Date | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const retryAt = error.errors.find((e) => e.extensions?.code === 'LOGIN_THROTTLED')?.extensions?.retryAt;
  const date = typeof retryAt === 'string' ? new Date(retryAt) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/**
 * The table's message and when to try again, e.g. "… You can try again at Dec 9, 2026, 9:15 AM
 * (in 12 minutes)." Before sign-in the formatter's zone is the browser's, so the time is the
 * viewer's own.
 */
export function loginThrottledMessage(retryAt: Date | null, now: Date, t: Translate, fmt: Formatter): string {
  const message = t('error.LOGIN_THROTTLED');
  if (!retryAt) return message;
  return t('auth.login.throttledUntil', { message, time: fmt.dateTime(retryAt), relative: fmt.relative(retryAt, now) });
}
