import { isFollowUpType } from '@berth/domain';
import { FOLLOW_UP_TYPE_LABELS } from '../follow-ups/follow-up-labels';

/**
 * One name per pool-policy setting, used by the form's labels, its error messages and the
 * version history, so "Daily claim limit" means the same thing in all three places.
 */
export const POLICY_FIELD_LABELS: Record<string, string> = {
  teamTimeZone: 'Team time zone',
  protectionDays: 'Protection period',
  followUpTypes: 'Follow-ups that count',
  minFollowUpLength: 'Shortest follow-up that counts',
  extensionDays: 'Extension per valid follow-up',
  noDealDays: 'No-deal limit',
  combination: 'Recycle when',
  excludeWon: 'Never recycle won customers',
  excludeLocked: 'Never recycle locked customers',
  reminderLeadDays: 'Reminder before the end',
  dailyClaimLimit: 'Daily claim limit',
  holdingCap: 'Holding cap',
  holdingCapCountsWon: 'Won customers count toward the cap',
  previousOwnerCooldownDays: 'Previous-owner cooldown',
  newEntryCooldownHours: 'New-entry cooldown',
  returnReasons: 'Return reasons',
};

/** The unit a numeric setting is counted in, singular and plural. */
export const POLICY_FIELD_UNITS: Record<string, [string, string]> = {
  protectionDays: ['day', 'days'],
  extensionDays: ['day', 'days'],
  noDealDays: ['day', 'days'],
  reminderLeadDays: ['day', 'days'],
  previousOwnerCooldownDays: ['day', 'days'],
  newEntryCooldownHours: ['hour', 'hours'],
  minFollowUpLength: ['character', 'characters'],
  dailyClaimLimit: ['claim', 'claims'],
  holdingCap: ['customer', 'customers'],
};

export const COMBINATION_LABELS = { ANY: 'Any rule fires', ALL: 'All rules fire' } as const;

export const COMBINATION_HINTS = {
  ANY: 'A customer is recycled as soon as one rule that is on fires.',
  ALL: 'A customer is recycled only once every rule that is on has fired.',
} as const;

const REASON_PARTS: Record<string, string> = { code: 'code', label: 'label', noteRequired: 'note setting' };

/**
 * A setting's path as people read it: `protectionDays.byTier.A` → "Protection period (tier A)",
 * `returnReasons.2.label` → "Reason 3 label". Paths it does not know are shown as they are.
 */
export function policyFieldLabel(path: string): string {
  const [head, second, third] = path.split('.');
  const base = POLICY_FIELD_LABELS[head];
  if (!base) return path;
  if (second === undefined) return base;
  if ((head === 'protectionDays' || head === 'noDealDays') && second === 'default' && third === undefined) return base;
  if ((head === 'protectionDays' || head === 'noDealDays') && second === 'byTier' && third) return `${base} (tier ${path.split('.').slice(2).join('.')})`;
  if (head === 'followUpTypes' && /^\d+$/.test(second)) return base;
  if (head === 'returnReasons' && /^\d+$/.test(second)) {
    const reason = `Reason ${Number(second) + 1}`;
    return third ? `${reason} ${REASON_PARTS[third] ?? third}` : reason;
  }
  return path;
}

/** A count with its unit: "1 day", "30 days". */
export function withUnit(head: string, value: string): string {
  const unit = POLICY_FIELD_UNITS[head];
  if (!unit || !/^-?\d+$/.test(value)) return value;
  return `${value} ${Number(value) === 1 ? unit[0] : unit[1]}`;
}

/**
 * A value from the version history as people read it. The server writes values as text:
 * numbers, `true`/`false`, `off` for a rule switched off, lists joined by ", " (reasons as JSON);
 * null means the setting did not exist on that side (a tier without its own value).
 */
export function formatPolicyValue(path: string, value: string | null): string {
  const head = path.split('.')[0];
  if (value === null) return path.includes('.byTier.') ? 'tier default' : '—';
  if (value === 'off') return 'Off';
  if (head === 'combination') return COMBINATION_LABELS[value as keyof typeof COMBINATION_LABELS] ?? value;
  if (value === 'true' || value === 'false') return value === 'true' ? 'Yes' : 'No';
  if (head === 'followUpTypes') {
    return value === '' ? 'none' : value.split(', ').map((type) => (isFollowUpType(type) ? FOLLOW_UP_TYPE_LABELS[type] : type)).join(', ');
  }
  if (head === 'returnReasons') return formatReasons(value);
  return withUnit(head, value);
}

/** `{"code":"OTHER","label":"Other","noteRequired":true}, {…}` → "Other (note required), …". */
function formatReasons(value: string): string {
  try {
    const reasons = JSON.parse(`[${value}]`) as { label?: unknown; noteRequired?: unknown }[];
    return reasons.map((r) => `${String(r.label)}${r.noteRequired === true ? ' (note required)' : ''}`).join(', ');
  } catch {
    return value;
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The what-if in one sentence, with the count under the rules in force beside it. */
export function previewHeadline(preview: { total: number; totalUnderCurrent: number; horizonDays: number }): string {
  const count = preview.total === 0 ? 'no customers' : plural(preview.total, 'customer', 'customers');
  return `Under the new rules ${count} would be recycled in the next ${plural(preview.horizonDays, 'day', 'days')} (now: ${preview.totalUnderCurrent}).`;
}

/** The toast after a save. */
export function savedMessage({ version, protectionEndsMoved }: { version: number; protectionEndsMoved: number }): string {
  const moved = protectionEndsMoved === 0 ? 'no protection end moved' : `${plural(protectionEndsMoved, 'protection end', 'protection ends')} moved`;
  return `Pool policy saved as version ${version}; ${moved}.`;
}

/** The server's "recycled: no valid follow-up for 7 days" as a preview line reads it: "No valid follow-up for 7 days". */
export function forecastReason(text: string): string {
  const reason = text.replace(/^recycled:\s*/i, '');
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}
