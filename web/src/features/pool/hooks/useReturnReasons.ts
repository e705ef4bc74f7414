import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RETURN_REASONS_QUERY = graphql(`
  query ReturnReasons {
    returnReasons {
      code
      label
      noteRequired
    }
  }
`);

export function useReturnReasons(skip = false) {
  const { data, loading, error } = useQuery(RETURN_REASONS_QUERY, { skip });
  return { reasons: data?.returnReasons ?? [], loading, error };
}
