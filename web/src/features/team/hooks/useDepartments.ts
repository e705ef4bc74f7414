import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { DepartmentRef } from '../team-types';

export const DEPARTMENTS_QUERY: TypedDocumentNode<{ departments: DepartmentRef[] }, Record<string, never>> = gql`
  query Departments {
    departments {
      id
      name
      parentId
    }
  }
`;

/** The departments the viewer may look at: an admin all, a manager their subtree, a rep their own. */
export function useDepartments({ skip = false }: { skip?: boolean } = {}) {
  const { data, loading, error } = useQuery(DEPARTMENTS_QUERY, { skip });
  return { departments: data?.departments ?? [], loading, error };
}
