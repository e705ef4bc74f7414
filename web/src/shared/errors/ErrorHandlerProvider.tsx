import { createContext, useCallback, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { useNotify } from '../feedback/FeedbackProvider';
import { describeError, type DescribedError } from './describe-error';
import { sessionExpired } from './session-expired';

export interface HandleErrorOptions {
  /**
   * The caller shows the message itself (a form's field errors, the login alert):
   * skip the snackbar. UNAUTHENTICATED still sends the user to the login page.
   */
  inline?: boolean;
}

export type HandleError = (error: unknown, options?: HandleErrorOptions) => DescribedError;

const ErrorHandlerContext = createContext<HandleError | null>(null);

interface Props {
  /** Forgets the local session (token, cache, socket identity) before going to the login page. */
  onSessionExpired: () => void | Promise<void>;
  children: ReactNode;
}

/**
 * The one place that decides what an error code means for the user. Every feature calls
 * `useErrorHandler()`; the Apollo link forwards UNAUTHENTICATED from any operation here.
 */
export function ErrorHandlerProvider({ onSessionExpired, children }: Props) {
  const notify = useNotify();
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  // Read through a ref so the handler keeps one identity across navigations.
  const current = useRef({ location, onSessionExpired });
  current.current = { location, onSessionExpired };
  // The link and the failing component may both report the same expiry: redirect once.
  const redirecting = useRef(false);
  useEffect(() => {
    if (location.pathname === '/login') redirecting.current = false;
  }, [location.pathname]);

  /** Forget the session and send the user to sign in, keeping where they were. */
  const expireSession = useCallback(() => {
    const { location: here, onSessionExpired: forget } = current.current;
    if (here.pathname === '/login' || redirecting.current) return;
    redirecting.current = true;
    void Promise.resolve(forget()).finally(() =>
      navigate('/login', { replace: true, state: { from: here.pathname + here.search } }),
    );
    notify(t('error.UNAUTHENTICATED'), 'warning');
  }, [navigate, notify, t]);

  const handleError = useCallback<HandleError>(
    (error, options = {}) => {
      const described = describeError(error, t);
      if (described.code === 'UNAUTHENTICATED') expireSession();
      else if (!options.inline) notify(described.message, 'error');
      return described;
    },
    [expireSession, notify, t],
  );

  useEffect(() => sessionExpired.listen(expireSession), [expireSession]);

  return <ErrorHandlerContext.Provider value={handleError}>{children}</ErrorHandlerContext.Provider>;
}

export function useErrorHandler(): HandleError {
  const handle = useContext(ErrorHandlerContext);
  if (!handle) throw new Error('useErrorHandler must be used inside <ErrorHandlerProvider>');
  return handle;
}
