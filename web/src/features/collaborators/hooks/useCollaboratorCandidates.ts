import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { AssignableRep } from '../../pool/hooks/useAssignableReps';
import type { CollaboratorListCustomer } from '../components/CollaboratorList.fragment';
import { graphql } from '../../../gql';

/** Active people of every team: a customer may be shared across departments. */
export const COLLEAGUES_QUERY = graphql(`
  query Colleagues($first: Int!) {
    colleagues(first: $first) {
      id
      name
      role
      department {
        id
        name
      }
    }
  }
`);

/** How many people the picker lists; it filters them as you type. */
export const COLLEAGUES_SHOWN = 100;

/**
 * People the customer may be shared with: active colleagues of any team (the server leaves out
 * disabled accounts), without the owner, the viewer and those who already collaborate (changing
 * their access is done on the list).
 */
export function useCollaboratorCandidates(customer: CollaboratorListCustomer, viewerId: string, skip: boolean) {
  const { data, loading } = useQuery(COLLEAGUES_QUERY, { variables: { first: COLLEAGUES_SHOWN }, skip });
  const candidates = useMemo((): AssignableRep[] => {
    const taken = new Set([viewerId, customer.owner?.id, ...customer.collaborators.map((c) => c.user.id)]);
    return (data?.colleagues ?? [])
      .filter((person) => !taken.has(person.id))
      .map((person) => ({ ...person, disabled: false }));
  }, [data, customer, viewerId]);
  return { candidates, loading };
}
