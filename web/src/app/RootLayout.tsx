import { Outlet } from 'react-router';
import { useForgetSession } from '../features/auth/hooks/useForgetSession';
import { ErrorHandlerProvider } from '../shared/errors/ErrorHandlerProvider';

/** Sits inside the router so the error handler can navigate to /login. */
export function RootLayout() {
  const forgetSession = useForgetSession();
  return (
    <ErrorHandlerProvider onSessionExpired={forgetSession}>
      <Outlet />
    </ErrorHandlerProvider>
  );
}
