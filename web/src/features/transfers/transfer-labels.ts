import type { Translate } from '../../i18n/translator';
import type { TransferCounts, TransferStatus, TransferSummary } from './transfer-types';

const OUTCOMES = ['OWNER_CHANGED', 'HOLDING_CAP_REACHED', 'REP_DISABLED'] as const;

export function statusLabel(status: TransferStatus, t: Translate): string {
  return t(`transfers.status.${status}`);
}

/** Why a customer stayed; an outcome this dashboard does not know yet reads "Not moved". */
export function outcomeLabel(outcome: string | null, t: Translate): string {
  const known = OUTCOMES.find((o) => o === outcome);
  return known ? t(`transfers.outcome.${known}`) : t('transfers.outcome.other');
}

/** Where the customers go: the receivers by name, or the public pool. */
export function receiversText(request: Pick<TransferSummary, 'receiverMode' | 'receivers'>, t: Translate): string {
  if (request.receiverMode === 'POOL' || request.receivers.length === 0) return t('transfers.pool');
  return request.receivers.map((r) => r.name).join(t('transfers.separator'));
}

export function fromToText(request: Pick<TransferSummary, 'receiverMode' | 'receivers' | 'from'>, t: Translate): string {
  return t('transfers.fromTo', { from: request.from.name, to: receiversText(request, t) });
}

export const COUNT_KINDS = ['customers', 'contacts', 'followUps', 'openReminders'] as const satisfies readonly (keyof TransferCounts)[];

/** "12 customers · 30 contacts · 41 follow-ups", kinds with nothing left out (customers always shown). */
export function countsText(counts: TransferCounts, t: Translate): string {
  return COUNT_KINDS.filter((kind) => kind === 'customers' || counts[kind] > 0)
    .map((kind) => t(`transfers.counts.${kind}`, { count: counts[kind] }))
    .join(' · ');
}
