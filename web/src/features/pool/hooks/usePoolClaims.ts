import { useState } from 'react';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { claimRefusalMessage } from '../pool-labels';
import { useClaimCustomers, type ClaimResult } from './useClaimCustomers';

export type ClaimRefusals = Record<string, { code: string | null; message: string }>;

/**
 * Claiming from the pool page: which cards are busy, why the last claim of each was refused,
 * and one snackbar for what was won. Resolves to the results, or null when the request failed.
 */
export function usePoolClaims(names: ReadonlyMap<string, string>) {
  const notify = useNotify();
  const handleError = useErrorHandler();
  const { claimCustomers } = useClaimCustomers();
  const [claiming, setClaiming] = useState<ReadonlySet<string>>(new Set());
  const [refusals, setRefusals] = useState<ClaimRefusals>({});

  async function claim(ids: string[]): Promise<ClaimResult[] | null> {
    if (ids.length === 0) return [];
    setClaiming(new Set(ids));
    try {
      const results = await claimCustomers(ids);
      setRefusals((current) => {
        const next = { ...current };
        for (const r of results) {
          if (r.ok) delete next[r.customerId];
          else next[r.customerId] = { code: r.code, message: claimRefusalMessage(r) };
        }
        return next;
      });
      const won = results.filter((r) => r.ok);
      if (won.length === 1) notify(`${names.get(won[0].customerId) ?? 'The customer'} is now yours`, 'success');
      else if (won.length > 1) notify(`${won.length} customers are now yours`, 'success');
      else if (results.length > 1) notify('None of the selected customers could be claimed', 'warning');
      return results;
    } catch (error) {
      handleError(error);
      return null;
    } finally {
      setClaiming(new Set());
    }
  }

  return { claim, claiming, refusals };
}
