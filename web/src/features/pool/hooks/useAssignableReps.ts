import { useMemo } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { Role } from '@berth/domain';

export interface AssignableRep {
  __typename?: 'User';
  id: string;
  name: string;
  role: Role;
  disabled: boolean;
  department: { __typename?: 'Department'; id: string; name: string } | null;
}

/**
 * The same `teamMembers` the customer list's owner filter reads (the cache shares the users),
 * with what choosing an assignee needs: department, role, and whether they are disabled (set
 * for every team member: only people outside the viewer's team come without them).
 */
export const ASSIGNABLE_REPS_QUERY: TypedDocumentNode<{ teamMembers: AssignableRep[] }, Record<string, never>> = gql`
  query AssignableReps {
    teamMembers {
      id
      name
      role
      disabled
      department {
        id
        name
      }
    }
  }
`;

/** People a manager may give customers to: their team, reps first, never a disabled account. */
export function useAssignableReps(skip = false) {
  const { data, loading } = useQuery(ASSIGNABLE_REPS_QUERY, { skip });
  const reps = useMemo(
    () =>
      (data?.teamMembers ?? [])
        .filter((u) => !u.disabled)
        .sort((a, b) => Number(a.role !== 'REP') - Number(b.role !== 'REP') || a.name.localeCompare(b.name)),
    [data],
  );
  return { reps, loading };
}
