import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { createI18n } from '../../i18n/i18n';
import { loginRetryAt, loginThrottledMessage } from './login-throttle';

const now = new Date('2026-12-09T09:03:00Z');
const retryAt = new Date('2026-12-09T09:15:00Z');

describe('the sign-in throttle message', () => {
  it('reads when sign-in opens again from the error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'throttled', extensions: { code: 'LOGIN_THROTTLED', retryAt: retryAt.toISOString() } }],
    });
    expect(loginRetryAt(error)?.toISOString()).toBe(retryAt.toISOString());
    expect(loginRetryAt(new Error('offline'))).toBeNull();
  });

  it('says when to try again, in the viewer’s language and zone', () => {
    const en = createI18n('en', 'UTC');
    expect(loginThrottledMessage(retryAt, now, en.t, en.fmt)).toBe(
      `Too many failed sign-in attempts. Please wait before trying again. You can try again at ${en.fmt.dateTime(retryAt)} (in 12 minutes).`,
    );
    expect(en.fmt.dateTime(retryAt)).toMatch(/^Dec 9, 2026, 9:15\sAM$/);

    const zh = createI18n('zh-CN', 'Asia/Shanghai');
    expect(loginThrottledMessage(retryAt, now, zh.t, zh.fmt)).toBe('登录失败次数过多，请稍后再试。可在 2026年12月9日 17:15（12分钟后）重试。');
  });

  it('is the plain message without a time', () => {
    const { t, fmt } = createI18n('en', 'UTC');
    expect(loginThrottledMessage(null, now, t, fmt)).toBe('Too many failed sign-in attempts. Please wait before trying again.');
  });
});
