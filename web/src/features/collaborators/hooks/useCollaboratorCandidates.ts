import { useMemo } from 'react';
import { useAssignableReps } from '../../pool/hooks/useAssignableReps';
import type { CollaboratorListCustomer } from '../components/CollaboratorList.fragment';

/**
 * People the customer may be shared with: the viewer's team as the rep picker knows it, without
 * the owner, the viewer and those who already collaborate (changing their access is done on the list).
 */
export function useCollaboratorCandidates(customer: CollaboratorListCustomer, viewerId: string, skip: boolean) {
  const { reps, loading } = useAssignableReps(skip);
  const candidates = useMemo(() => {
    const taken = new Set([viewerId, customer.owner?.id, ...customer.collaborators.map((c) => c.user.id)]);
    return reps.filter((rep) => !taken.has(rep.id));
  }, [reps, customer, viewerId]);
  return { candidates, loading };
}
