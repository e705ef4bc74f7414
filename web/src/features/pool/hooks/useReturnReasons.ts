import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

export interface ReturnReason {
  __typename?: 'ReturnReason';
  code: string;
  label: string;
  noteRequired: boolean;
}

export const RETURN_REASONS_QUERY: TypedDocumentNode<{ returnReasons: ReturnReason[] }, Record<string, never>> = gql`
  query ReturnReasons {
    returnReasons {
      code
      label
      noteRequired
    }
  }
`;

export function useReturnReasons(skip = false) {
  const { data, loading, error } = useQuery(RETURN_REASONS_QUERY, { skip });
  return { reasons: data?.returnReasons ?? [], loading, error };
}
