import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { authToken } from '../../../app/apollo/auth-token';
import { useRealtime } from '../../../app/apollo/realtime-context';

/** Drops everything this tab knows about the signed-in user: token, socket identity, cache. */
export function useForgetSession() {
  const client = useApolloClient();
  const realtime = useRealtime();
  return useCallback(async () => {
    authToken.clear();
    realtime.setIdentity(null);
    await client.clearStore();
  }, [client, realtime]);
}
