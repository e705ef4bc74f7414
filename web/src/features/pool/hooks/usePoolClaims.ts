import { useState } from 'react';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { refusalMessage } from '../claim-availability';
import { useClaimCustomers, type ClaimResult } from './useClaimCustomers';

export type ClaimRefusals = Record<string, { code: string | null; message: string }>;

/** A customer a batch claim could not take, by name, with why. */
export interface ClaimFailure {
  customerId: string;
  companyName: string;
  message: string;
}

/**
 * Claiming from the pool page: which cards are busy, why the last claim of each was refused,
 * every failure of the last batch by name (a card may be on another page), and one snackbar that
 * counts both. Resolves to the results, or null when the request failed.
 */
export function usePoolClaims(names: ReadonlyMap<string, string>) {
  const notify = useNotify();
  const handleError = useErrorHandler();
  const { claimCustomers } = useClaimCustomers();
  const [claiming, setClaiming] = useState<ReadonlySet<string>>(new Set());
  const [refusals, setRefusals] = useState<ClaimRefusals>({});
  const [failures, setFailures] = useState<ClaimFailure[]>([]);

  async function claim(ids: string[]): Promise<ClaimResult[] | null> {
    if (ids.length === 0) return [];
    setClaiming(new Set(ids));
    try {
      const results = await claimCustomers(ids);
      setRefusals((current) => {
        const next = { ...current };
        for (const r of results) {
          if (r.ok) delete next[r.customerId];
          else next[r.customerId] = { code: r.code, message: refusalMessage(r) };
        }
        return next;
      });
      const won = results.filter((r) => r.ok);
      const lost = results.filter((r) => !r.ok);
      setFailures(results.length > 1 ? lost.map((r) => ({ customerId: r.customerId, companyName: names.get(r.customerId) ?? 'A customer', message: refusalMessage(r) })) : []);
      if (won.length === 1 && lost.length === 0) notify(`${names.get(won[0].customerId) ?? 'The customer'} is now yours`, 'success');
      else if (won.length > 0 && lost.length === 0) notify(`${won.length} customers are now yours`, 'success');
      else if (won.length > 0) notify(`${won.length} of ${results.length} claimed; ${lost.length} could not be (listed above the pool)`, 'warning');
      else if (results.length > 1) notify('None of the selected customers could be claimed (listed above the pool)', 'warning');
      return results;
    } catch (error) {
      handleError(error);
      return null;
    } finally {
      setClaiming(new Set());
    }
  }

  return { claim, claiming, refusals, failures, dismissFailures: () => setFailures([]) };
}
