import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const DEPARTMENTS_QUERY = graphql(`
  query Departments {
    departments {
      id
      name
      parentId
    }
  }
`);

/** The departments the viewer may look at: an admin all, a manager their subtree, a rep their own. */
export function useDepartments({ skip = false }: { skip?: boolean } = {}) {
  const { data, loading, error } = useQuery(DEPARTMENTS_QUERY, { skip });
  return { departments: data?.departments ?? [], loading, error };
}
