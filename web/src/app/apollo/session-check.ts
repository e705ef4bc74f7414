import type { ApolloClient } from '@apollo/client';
import { ME_QUERY } from '../../features/auth/me-query';

/**
 * Returns a function that asks the server over HTTP whether this tab is still signed in, and
 * calls `onEnded` when it is not (`me` is null). Used when the server refuses the socket: a
 * request that fails says nothing either way (the server may be restarting), so the socket just
 * keeps retrying. One question at a time, however often the socket is refused meanwhile; the
 * promise settles when the answer is in.
 * `no-cache`: a null `me` must not reach the cache, where the signed-in guard would redirect
 * on its own before the session is forgotten properly.
 */
export function sessionCheck(client: () => Pick<ApolloClient, 'query'>, onEnded: () => void): () => Promise<void> {
  let asking: Promise<void> | null = null;
  return () =>
    (asking ??= client()
      .query({ query: ME_QUERY, fetchPolicy: 'no-cache' })
      .then(({ data }) => {
        if (data && data.me === null) onEnded();
      })
      .catch(() => undefined)
      .finally(() => {
        asking = null;
      }));
}
