import { DEFAULT_POOL_POLICY } from '@berth/domain';
import type { MessageKey } from '../../i18n/catalogue/en';
import { keysFor } from '../../i18n/message-keys';
import type { Translate } from '../../i18n/translator';
import type { EntryReasonDetail } from './entry-reason-fields';
import { reasonText } from './pool-labels';

/** The return reasons Berth ships with (the policy's defaults), which the catalogue translates. */
export const SHIPPED_RETURN_REASON_CODES = ['NO_CONTACT', 'NOT_A_FIT', 'WRONG_REGION', 'DUPLICATE', 'OTHER'] as const;
type ShippedCode = (typeof SHIPPED_RETURN_REASON_CODES)[number];

const RETURN_REASON_LABELS: Record<ShippedCode, MessageKey> = keysFor('pool.returnReason', SHIPPED_RETURN_REASON_CODES);

const isShipped = (code: string): code is ShippedCode => (SHIPPED_RETURN_REASON_CODES as readonly string[]).includes(code);

/**
 * A return reason's name in the viewer's language. A label an admin left as shipped is the
 * catalogue's word for its code; one they wrote themselves is theirs, shown as written.
 */
export function returnReasonLabel(code: string, label: string, t: Translate): string {
  const shipped = DEFAULT_POOL_POLICY.returnReasons.find((r) => r.code === code);
  return shipped && shipped.label === label && isShipped(code) ? t(RETURN_REASON_LABELS[code]) : label;
}

function recycledText({ rules, followUpDays, noDealDays }: EntryReasonDetail, t: Translate): string | null {
  const noFollowUp = rules?.includes('NO_VALID_FOLLOW_UP') && followUpDays !== null;
  const noDeal = rules?.includes('NO_DEAL') && noDealDays !== null;
  if (noFollowUp && noDeal) return t('pool.reason.recycledBoth', { followUpDays, noDealDays });
  if (noFollowUp) return t('pool.reason.noCountedFollowUp', { days: followUpDays });
  if (noDeal) return t('pool.reason.noWonDeal', { days: noDealDays });
  return null;
}

function returnedText({ code, label, note }: EntryReasonDetail, t: Translate): string | null {
  if (code === null || label === null) return null;
  const reason = returnReasonLabel(code, label, t);
  return note ? t('pool.reason.withNote', { reason, note }) : reason;
}

/** "Released: Emma left; her accounts go to the pool", the manager's words as written. */
function releasedText({ note }: EntryReasonDetail, t: Translate): string | null {
  return note ? t('pool.reason.released', { note }) : null;
}

const WORDING: Record<EntryReasonDetail['kind'], (detail: EntryReasonDetail, t: Translate) => string | null> = {
  RECYCLED: recycledText,
  RETURNED: returnedText,
  RELEASED: releasedText,
};

/** A manager's release, among the owner changes: a RETURNED event whose reason is a release. */
export const isRelease = (event: { reasonDetail: EntryReasonDetail | null }): boolean => event.reasonDetail?.kind === 'RELEASED';

/**
 * Why a customer entered the pool (or an owner lost it), in the viewer's language, from the
 * reason as data: "No counted follow-up for 30 days", "Not a fit — buys through its parent",
 * "Released: moving North to South". Without data (entries from before reasons were kept, or a
 * kind this code does not know yet) the server's English text stands in. Null when there is no reason at all.
 */
export function entryReasonText({ reason, reasonDetail }: { reason: string | null; reasonDetail: EntryReasonDetail | null }, t: Translate): string | null {
  const worded = reasonDetail ? (WORDING[reasonDetail.kind]?.(reasonDetail, t) ?? null) : null;
  return worded ?? (reason ? reasonText(reason) : null);
}
