import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { authToken } from '../../../app/apollo/auth-token';
import { ME_QUERY, VIEWER_FIELDS, type Viewer } from '../me-query';

interface LoginData {
  login: { token: string; expiresAt: string; user: Viewer };
}
interface LoginVars {
  input: { email: string; password: string };
}

export const LOGIN_MUTATION: TypedDocumentNode<LoginData, LoginVars> = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      user {
        ...Viewer_user
      }
    }
  }
  ${VIEWER_FIELDS}
`;

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
      client.writeQuery({ query: ME_QUERY, data: { me: data.login.user } });
      return data.login.user;
    },
    [client, mutate],
  );

  return { login, loading };
}
