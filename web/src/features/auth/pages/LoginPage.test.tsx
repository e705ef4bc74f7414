import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { authToken } from '../../../app/apollo/auth-token';
import { errorResult, REP, renderWithProviders } from '../../../test/render';
import { LOGIN_MUTATION } from '../hooks/useLogin';
import { ME_QUERY } from '../me-query';
import { LoginPage } from './LoginPage';

const signedOut = { request: { query: ME_QUERY }, result: { data: { me: null } }, maxUsageCount: 5 };

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
      mocks: [signedOut, loginMock('wrong-password', errorResult('INVALID_CREDENTIALS'))],
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
    renderWithProviders(<LoginPage />, { route: '/login', user: null, mocks: [signedOut, loginMock('berth-demo', throttled)] });

    await signIn('berth-demo');

    const sameDay = retryAt.toDateString() === new Date().toDateString();
    const at = new Intl.DateTimeFormat(undefined, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(retryAt);
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
      mocks: [signedOut, loginMock('berth-demo', { data: { login: payload } })],
      otherRoutes: { '/customers': <p>customers page</p> },
    });

    await signIn('berth-demo');

    expect(await screen.findByText('customers page')).toBeTruthy();
    expect(authToken.get()).toBe('tok-123');
  });
});
