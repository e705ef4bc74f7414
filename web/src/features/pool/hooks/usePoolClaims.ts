import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
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
  const { t, fmt } = useI18n();
  const notify = useNotify();
  const handleError = useErrorHandler();
  const { claimCustomers } = useClaimCustomers();
  const [claiming, setClaiming] = useState<ReadonlySet<string>>(new Set());
  const [refusals, setRefusals] = useState<ClaimRefusals>({});
  const [failures, setFailures] = useState<ClaimFailure[]>([]);

  const wonOne = (name: string | undefined) => (name ? t('pool.claims.wonOne', { name }) : t('pool.claims.wonOneUnnamed'));

  async function claim(ids: string[]): Promise<ClaimResult[] | null> {
    if (ids.length === 0) return [];
    setClaiming(new Set(ids));
    try {
      const results = await claimCustomers(ids);
      const now = new Date();
      const why = (r: ClaimResult) => refusalMessage(r, { t, fmt }, now);
      setRefusals((current) => {
        const next = { ...current };
        for (const r of results) {
          if (r.ok) delete next[r.customerId];
          else next[r.customerId] = { code: r.code, message: why(r) };
        }
        return next;
      });
      const won = results.filter((r) => r.ok);
      const lost = results.filter((r) => !r.ok);
      setFailures(
        results.length > 1
          ? lost.map((r) => ({ customerId: r.customerId, companyName: names.get(r.customerId) ?? t('pool.claims.unnamed'), message: why(r) }))
          : [],
      );
      if (won.length === 1 && lost.length === 0) notify(wonOne(names.get(won[0].customerId)), 'success');
      else if (won.length > 0 && lost.length === 0) notify(t('pool.claims.wonMany', { count: won.length }), 'success');
      else if (won.length > 0) notify(t('pool.claims.partly', { won: won.length, total: results.length, lost: lost.length }), 'warning');
      else if (results.length > 1) notify(t('pool.claims.noneWon'), 'warning');
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
