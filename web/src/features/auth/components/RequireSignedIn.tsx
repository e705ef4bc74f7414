import { useEffect, useSyncExternalStore } from 'react';
import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet, useLocation } from 'react-router';
import Button from '@mui/material/Button';
import CloudOff from '@mui/icons-material/CloudOff';
import { useRealtime } from '../../../app/apollo/realtime-context';
import { describeError } from '../../../shared/errors/describe-error';
import { FullPageMessage } from '../../../shared/components/FullPageMessage';
import { LoadingState } from '../../../shared/components/LoadingState';
import { useT } from '../../../i18n/I18nProvider';
import { useAdoptViewerLanguage } from '../../../i18n/useViewerLanguage';
import { CurrentUserContext } from '../hooks/useCurrentUser';
import { assertViewer, ME_QUERY } from '../me-query';

/**
 * `me` decides whether the app renders or sends the visitor to /login. Children wait until
 * the socket carries this user's identity: a subscription started earlier would be bound to
 * the previous (anonymous) socket and die when it is replaced.
 */
export function RequireSignedIn() {
  const t = useT();
  const location = useLocation();
  const realtime = useRealtime();
  const { data, loading, error, refetch } = useQuery(ME_QUERY);
  const me = data?.me ?? null;
  const socketReady = useSyncExternalStore(realtime.subscribe, () => me !== null && realtime.identity === me.id);

  useEffect(() => {
    if (me) realtime.setIdentity(me.id);
  }, [me, realtime]);
  useAdoptViewerLanguage(me);

  if (loading && !data) return <LoadingState fullScreen label={t('auth.session.checking')} />;

  if (error) {
    const described = describeError(error, t);
    if (described.code !== 'UNAUTHENTICATED') {
      return (
        <FullPageMessage
          icon={<CloudOff />}
          title={t('auth.session.unreachable')}
          description={described.message}
          action={<Button variant="contained" onClick={() => void refetch()}>{t('auth.session.tryAgain')}</Button>}
        />
      );
    }
  }

  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (!socketReady) return <LoadingState fullScreen label={t('auth.session.connecting')} />;
  assertViewer(me);

  return (
    <CurrentUserContext.Provider value={me}>
      <Outlet />
    </CurrentUserContext.Provider>
  );
}
