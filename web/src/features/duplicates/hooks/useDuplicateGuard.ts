import { useState } from 'react';
import { useT } from '../../../i18n/I18nProvider';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { checkedAliasNames, duplicateFieldsDiffer, type DuplicateCheckFields } from '../duplicate-check-input';
import { blockExplanation, matchSignature, shortVerdict, warnExplanation } from '../duplicate-explanations';
import { readDuplicateRefusal, type DuplicateRefusal } from '../duplicate-refusal';
import type { DuplicateCheckResult } from '../duplicate-types';
import { useDuplicateCheck } from './useDuplicateCheck';

interface Options {
  mode: 'create' | 'edit';
  values: DuplicateCheckFields;
  /** The values the form opened with: an edit that leaves them alone is not held back by old matches. */
  initial: DuplicateCheckFields;
  /** The customer being edited, never matched against itself. */
  customerId?: string;
}

const keyOf = (v: DuplicateCheckFields) => JSON.stringify([...[v.companyName, v.website, v.email, v.phone].map((s) => s.trim()), ...checkedAliasNames(v)]);

/**
 * What duplicates mean for saving a customer form: the live check as the user types, and the
 * server's own answer when a save is refused (two reps pressing save at the same moment). The
 * server's answer stays on screen until the user edits a field it was about.
 */
export function useDuplicateGuard({ mode, values, initial, customerId }: Options) {
  const t = useT();
  const viewer = useCurrentUser();
  const live = useDuplicateCheck(values, customerId);
  const [refusal, setRefusal] = useState<{ key: string; refusal: DuplicateRefusal } | null>(null);
  const [acknowledgedSignature, setAcknowledgedSignature] = useState<string | null>(null);
  const [saveAttempted, setSaveAttempted] = useState(false);

  const key = keyOf(values);
  const fromServer = refusal?.key === key ? refusal.refusal : null;
  const result: DuplicateCheckResult | null = fromServer?.result ?? live.result;
  const verdict = result?.verdict ?? 'CLEAR';
  // Matches an edit did not cause (the customer already looked like another) are shown, not enforced.
  const enforced = mode === 'create' || fromServer !== null || duplicateFieldsDiffer(values, initial);
  const blocked = enforced && verdict === 'BLOCK';
  const needsAcknowledgement = enforced && verdict === 'WARN';
  const signature = matchSignature(result);
  const acknowledged = needsAcknowledgement && acknowledgedSignature === signature;

  // The verdict in one line, for where the user is looking (the name field, the save button).
  const summary =
    result && enforced && verdict !== 'CLEAR' ? { verdict, text: shortVerdict(result, verdict, t, viewer) } : null;

  let headline: string | null = null;
  if (result) {
    if (verdict === 'CLEAR') headline = t('duplicates.clear');
    else if (!enforced) headline = t('duplicates.notEnforced');
    else headline = verdict === 'BLOCK' ? blockExplanation(result, mode, t, viewer) : warnExplanation(result, t);
  }

  return {
    result,
    headline,
    checking: live.checking,
    failed: live.failed && !fromServer,
    fromServer: fromServer !== null,
    /** The verdict that holds the save back (a block, or a warning awaiting its tick), if any. */
    attention: blocked ? ('BLOCK' as const) : needsAcknowledgement && !acknowledged ? ('WARN' as const) : null,
    /** The verdict and who holds the match in one line, while a match holds the save back or asks for a tick. */
    summary,
    /**
     * Why the save button is off ("Already in Berth: owned by Li Wei"); null while saving is
     * allowed. A block the live check shows is not sent: the rep already knows the answer.
     * The server still refuses (and records) a save that races ahead of the check.
     */
    blockedReason: blocked && summary ? summary.text : null,
    needsAcknowledgement,
    acknowledged,
    acknowledgementError: needsAcknowledgement && !acknowledged && saveAttempted ? t('duplicates.acknowledgeRequired') : null,
    setAcknowledged: (checked: boolean) => setAcknowledgedSignature(checked ? signature : null),
    /** Call when the user saves; false means the save must wait (blocked, or the tick is missing). */
    readyToSave(): boolean {
      setSaveAttempted(true);
      return !blocked && (!needsAcknowledgement || acknowledged);
    },
    /** Call with a failed save's error: true when it was a duplicate refusal, which the panel now shows. */
    adoptRefusal(error: unknown): boolean {
      const found = readDuplicateRefusal(error);
      if (found) setRefusal({ key, refusal: found });
      return found !== null;
    },
  };
}

export type DuplicateGuard = ReturnType<typeof useDuplicateGuard>;
