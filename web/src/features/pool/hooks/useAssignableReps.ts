import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { AssignableRepsQuery } from '../../../gql/graphql';

/**
 * The same `teamMembers` the customer list's owner filter reads (the cache shares the users),
 * with what choosing an assignee needs: department, role, and whether they are disabled (set
 * for every team member: only people outside the viewer's team come without them).
 */
export const ASSIGNABLE_REPS_QUERY = graphql(`
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
`);

/** A person the pickers offer; colleagues outside the viewer's team come without role and disabled. */
export type AssignableRep = AssignableRepsQuery['teamMembers'][number];

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
