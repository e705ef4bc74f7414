import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { sessionExpired } from '../../../shared/errors/session-expired';
import { useForgetSession } from './useForgetSession';
import { graphql } from '../../../gql';

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);

export function useLogout() {
  const [mutate, { loading }] = useMutation(LOGOUT_MUTATION);
  const forget = useForgetSession();
  const navigate = useNavigate();
  const handleError = useErrorHandler();

  const logout = useCallback(async () => {
    const endQuiet = sessionExpired.suppress();
    try {
      // The server clears the httpOnly cookie; only it can.
      await mutate();
    } catch (error) {
      handleError(error);
    } finally {
      // Even if the server could not be told, this tab must stop acting as the user.
      await forget();
      endQuiet();
      navigate('/login', { replace: true });
    }
  }, [forget, handleError, mutate, navigate]);

  return { logout, loading };
}
