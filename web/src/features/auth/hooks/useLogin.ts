import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { authToken } from '../../../app/apollo/auth-token';
import { assertViewer, ME_QUERY, type Viewer } from '../me-query';
import { graphql } from '../../../gql';

export const LOGIN_MUTATION = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      user {
        ...Viewer_user
      }
    }
  }
`);

/** Signs in and seeds `me`, so the app shell renders without another round trip. */
export function useLogin() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(LOGIN_MUTATION);

  const login = useCallback(
    async (email: string, password: string): Promise<Viewer> => {
      const { data } = await mutate({ variables: { input: { email: email.trim(), password } } });
      if (!data) throw new Error('login returned no data');
      authToken.set(data.login.token);
      // Nothing cached for a previous identity may leak into this one.
      await client.clearStore();
      const { user } = data.login;
      assertViewer(user);
      client.writeQuery({ query: ME_QUERY, data: { me: user } });
      return user;
    },
    [client, mutate],
  );

  return { login, loading };
}
