import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { authToken } from '../../../app/apollo/auth-token';
import { errorResult, REP, renderWithProviders } from '../../../test/render';
import { LOGIN_MUTATION } from '../hooks/useLogin';
import { ME_QUERY } from '../me-query';
import { LoginPage } from './LoginPage';
import { DEMO_HINT_QUERY } from '../components/DemoHint';
import { SET_MY_LOCALE } from '../../../i18n/useViewerLanguage';

const signedOut = { request: { query: ME_QUERY }, result: { data: { me: null } }, maxUsageCount: 5 };
const noDemo = { request: { query: DEMO_HINT_QUERY }, result: { data: { demoHint: null } }, maxUsageCount: 5 };

function loginMock(password: string, result: object) {
  return { request: { query: LOGIN_MUTATION, variables: { input: { email: 'rep1@berth.dev', password } } }, result };
}

async function signIn(password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/email/i), 'rep1@berth.dev');
  await user.type(screen.getByLabelText(/password/i), password);
  await user.click(screen.getByTestId('login-submit'));
}

describe('LoginPage', () => {
  it('says the email or password is incorrect on INVALID_CREDENTIALS', async () => {
    renderWithProviders(<LoginPage />, {
      route: '/login',
      user: null,
      mocks: [signedOut, noDemo, loginMock('wrong-password', errorResult('INVALID_CREDENTIALS'))],
    });

    await signIn('wrong-password');

    expect((await screen.findByTestId('login-error')).textContent).toBe('Email or password is incorrect.');
    expect(screen.getByTestId('location').textContent).toBe('/login');
    expect(authToken.get()).toBeNull();
  });

  it('says when to try again on LOGIN_THROTTLED', async () => {
    // Half a minute past the quarter hour, so "in 15 minutes" holds however long the test takes.
    const retryAt = new Date(Date.now() + 15.5 * 60_000);
    const throttled = {
      errors: [{ message: 'LOGIN_THROTTLED from server', extensions: { code: 'LOGIN_THROTTLED', retryAt: retryAt.toISOString() } }],
      data: null,
    };
    renderWithProviders(<LoginPage />, { route: '/login', user: null, timeZone: 'UTC', mocks: [signedOut, noDemo, loginMock('berth-demo', throttled)] });

    await signIn('berth-demo');

    const at = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(retryAt);
    expect((await screen.findByTestId('login-error')).textContent).toBe(
      `Too many failed sign-in attempts. Please wait before trying again. You can try again at ${at} (in 15 minutes).`,
    );
    expect(screen.getByTestId('location').textContent).toBe('/login');
    expect(authToken.get()).toBeNull();
  });

  it('keeps the token and goes to the customers page on success', async () => {
    const payload = { __typename: 'LoginPayload', token: 'tok-123', expiresAt: '2026-12-01T00:00:00Z', user: REP };
    renderWithProviders(<LoginPage />, {
      route: '/login',
      user: null,
      mocks: [signedOut, noDemo, loginMock('berth-demo', { data: { login: payload } })],
      otherRoutes: { '/customers': <p>customers page</p> },
    });

    await signIn('berth-demo');

    expect(await screen.findByText('customers page')).toBeTruthy();
    expect(authToken.get()).toBe('tok-123');
  });

  it('offers the demo logins where the server has the demo team, filling the form with one click', async () => {
    const demo = { request: { query: DEMO_HINT_QUERY }, result: { data: { demoHint: { __typename: 'DemoHint', logins: ['admin@berth.dev', 'manager1@berth.dev', 'manager2@berth.dev', 'rep1@berth.dev', 'rep2@berth.dev'], password: 'berth-demo' } } } };
    renderWithProviders(<LoginPage />, { route: '/login', user: null, mocks: [signedOut, demo] });
    const user = userEvent.setup();

    const hint = await screen.findByTestId('demo-hint');
    expect(screen.getAllByTestId('demo-login').map((c) => c.textContent)).toEqual(['admin', 'manager1', 'manager2', 'rep1']);
    expect(hint.textContent).toContain('Also: rep2@berth.dev');
    await user.click(screen.getAllByTestId('demo-login')[3]);
    expect((screen.getByLabelText(/email/i) as HTMLInputElement).value).toBe('rep1@berth.dev');
    expect((screen.getByLabelText(/password/i) as HTMLInputElement).value).toBe('berth-demo');
  });

  it('speaks Chinese before sign-in to a browser that prefers it, and can switch to English there', async () => {
    const retryAt = new Date(Date.now() + 15.5 * 60_000);
    const throttled = {
      errors: [{ message: 'LOGIN_THROTTLED from server', extensions: { code: 'LOGIN_THROTTLED', retryAt: retryAt.toISOString() } }],
      data: null,
    };
    // Signed out, the save of the choice fails; the switch works all the same.
    const refusedSave = { request: { query: SET_MY_LOCALE, variables: { locale: 'en' } }, result: errorResult('UNAUTHENTICATED') };
    renderWithProviders(<LoginPage />, {
      route: '/login',
      user: null,
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      mocks: [signedOut, noDemo, loginMock('berth-demo', throttled), refusedSave],
    });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: '登录 Berth' })).toBeTruthy();
    await user.type(screen.getByLabelText(/邮箱/), 'rep1@berth.dev');
    await user.type(screen.getByLabelText(/密码/), 'berth-demo');
    await user.click(screen.getByTestId('login-submit'));

    const at = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(retryAt);
    expect((await screen.findByTestId('login-error')).textContent).toBe(`登录失败次数过多，请稍后再试。可在 ${at}（15分钟后）重试。`);

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Berth' })).toBeTruthy();
    expect(screen.getByTestId('login-error').textContent).toContain('Too many failed sign-in attempts.');
    expect(screen.getByTestId('location').textContent).toBe('/login');
    localStorage.clear();
  });

  it('shows no hint on an install without the demo', async () => {
    renderWithProviders(<LoginPage />, { route: '/login', user: null, mocks: [signedOut, noDemo] });
    await screen.findByTestId('login-form');
    expect(screen.queryByTestId('demo-hint')).toBeNull();
  });
});
