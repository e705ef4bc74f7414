import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { I18nProvider } from '../../i18n/I18nProvider';
import { FeedbackProvider } from '../feedback/FeedbackProvider';
import { ErrorHandlerProvider, useErrorHandler, type HandleError } from './ErrorHandlerProvider';
import { sessionExpired } from './session-expired';

const error = (code: string) => new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code } }], data: null });

function setup() {
  let handle: HandleError = () => {
    throw new Error('not mounted');
  };
  const forget = vi.fn();
  function Capture() {
    handle = useErrorHandler();
    return <div data-testid="location">{useLocation().pathname}</div>;
  }
  render(
    <I18nProvider locale="en">
      <FeedbackProvider>
        <MemoryRouter initialEntries={['/customers/c1']}>
          <ErrorHandlerProvider onSessionExpired={forget}>
            <Routes>
              <Route path="*" element={<Capture />} />
            </Routes>
          </ErrorHandlerProvider>
        </MemoryRouter>
      </FeedbackProvider>
    </I18nProvider>,
  );
  return { handle: (e: unknown, o?: { inline?: boolean }) => act(() => void handle(e, o)), forget };
}

describe('the error handler', () => {
  it("shows the code's message in a snackbar", async () => {
    const { handle } = setup();
    handle(error('FORBIDDEN'));
    expect((await screen.findByTestId('snackbar')).textContent).toContain('You are not allowed to do that.');
  });

  it('stays quiet when the caller shows the message inline', () => {
    const { handle } = setup();
    handle(error('BAD_USER_INPUT'), { inline: true });
    expect(screen.queryByTestId('snackbar')).toBeNull();
  });

  it('forgets the session and goes to the login page on UNAUTHENTICATED, once', async () => {
    const { handle, forget } = setup();
    handle(error('UNAUTHENTICATED'));
    act(() => sessionExpired.emit());

    expect((await screen.findByTestId('snackbar')).textContent).toContain('Please sign in.');
    expect(await screen.findByText('/login')).toBeTruthy();
    expect(forget).toHaveBeenCalledTimes(1);
  });
});
