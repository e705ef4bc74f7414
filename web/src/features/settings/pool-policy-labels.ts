import { isFollowUpType, RECYCLE_COMBINATIONS, type RecycleCombination } from '@berth/domain';
import type { Translate } from '../../i18n/translator';
import { FOLLOW_UP_TYPE_LABELS } from '../follow-ups/follow-up-labels';

/**
 * Every setting of the pool policy. One name per setting (`settings.field.<name>`) serves the
 * form's labels, its error messages and the version history, so "Daily claim limit" means the
 * same thing in all three places.
 */
export const POLICY_FIELDS = [
  'teamTimeZone', 'protectionDays', 'followUpTypes', 'minFollowUpLength', 'extensionDays', 'noDealDays', 'combination',
  'excludeWon', 'excludeLocked', 'reminderLeadDays', 'dailyClaimLimit', 'holdingCap', 'holdingCapCountsWon',
  'previousOwnerCooldownDays', 'newEntryCooldownHours', 'departuresNeedApproval', 'crossDepartmentMovesNeedApproval', 'returnReasons',
] as const;

export type PolicyField = (typeof POLICY_FIELDS)[number];

export function isPolicyField(name: string): name is PolicyField {
  return (POLICY_FIELDS as readonly string[]).includes(name);
}

export function policyFieldName(field: PolicyField, t: Translate): string {
  return t(`settings.field.${field}`);
}

/** What a numeric setting is counted in: `settings.unit.<unit>` with its count, `settings.unitName.<unit>` alone. */
export type PolicyUnit = 'day' | 'hour' | 'character' | 'claim' | 'customer';

const FIELDS_BY_UNIT: Record<PolicyUnit, readonly string[]> = {
  day: ['protectionDays', 'extensionDays', 'noDealDays', 'reminderLeadDays', 'previousOwnerCooldownDays'],
  hour: ['newEntryCooldownHours'],
  character: ['minFollowUpLength'],
  claim: ['dailyClaimLimit'],
  customer: ['holdingCap'],
};

export function policyUnitOf(field: string): PolicyUnit | null {
  const found = Object.entries(FIELDS_BY_UNIT).find(([, fields]) => fields.includes(field));
  return found ? (found[0] as PolicyUnit) : null;
}

/** The unit as a box's suffix: "days", "天". */
export function policyUnitName(field: string, t: Translate): string | undefined {
  const unit = policyUnitOf(field);
  return unit ? t(`settings.unitName.${unit}`) : undefined;
}

export function combinationLabel(combination: RecycleCombination, t: Translate): string {
  return t(`settings.combination.${combination}`);
}

export function combinationHint(combination: RecycleCombination, t: Translate): string {
  return t(`settings.combination.${combination}.hint`);
}

const REASON_PARTS = ['code', 'label', 'noteRequired'] as const;
const isReasonPart = (part: string): part is (typeof REASON_PARTS)[number] => (REASON_PARTS as readonly string[]).includes(part);

/**
 * A setting's path as people read it: `protectionDays.byTier.A` → "Protection period (tier A)",
 * `returnReasons.2.label` → "Reason 3 label". Paths it does not know are shown as they are.
 */
export function policyFieldLabel(path: string, t: Translate): string {
  const [head, second, third] = path.split('.');
  if (!isPolicyField(head)) return path;
  const base = policyFieldName(head, t);
  if (second === undefined) return base;
  if ((head === 'protectionDays' || head === 'noDealDays') && second === 'default' && third === undefined) return base;
  if ((head === 'protectionDays' || head === 'noDealDays') && second === 'byTier' && third) {
    return t('settings.field.byTier', { field: base, tier: path.split('.').slice(2).join('.') });
  }
  if (head === 'followUpTypes' && /^\d+$/.test(second)) return base;
  if (head === 'returnReasons' && /^\d+$/.test(second)) {
    const n = Number(second) + 1;
    if (third === undefined) return t('settings.reason.n', { n });
    return isReasonPart(third) ? t(`settings.reason.part.${third}`, { n }) : `${t('settings.reason.n', { n })} ${third}`;
  }
  return path;
}

/** A count with its unit: "1 day", "30 days"; anything else as it is. */
export function withUnit(head: string, value: string, t: Translate): string {
  const unit = policyUnitOf(head);
  if (!unit || !/^-?\d+$/.test(value)) return value;
  return t(`settings.unit.${unit}`, { count: Number(value) });
}

/**
 * A value from the version history as people read it. The server writes values as text:
 * numbers, `true`/`false`, `off` for a rule switched off, lists joined by ", " (reasons as JSON);
 * null means the setting did not exist on that side (a tier without its own value).
 */
export function formatPolicyValue(path: string, value: string | null, t: Translate): string {
  const head = path.split('.')[0];
  if (value === null) return path.includes('.byTier.') ? t('settings.value.tierDefault') : t('common.none');
  if (value === 'off') return t('settings.off');
  if (head === 'combination') return isCombination(value) ? combinationLabel(value, t) : value;
  if (value === 'true' || value === 'false') return value === 'true' ? t('common.yes') : t('common.no');
  if (head === 'followUpTypes') {
    if (value === '') return t('settings.value.none');
    return value
      .split(', ')
      .map((type) => (isFollowUpType(type) ? t(FOLLOW_UP_TYPE_LABELS[type]) : type))
      .join(t('settings.value.separator'));
  }
  if (head === 'returnReasons') return formatReasons(value, t);
  return withUnit(head, value, t);
}

function isCombination(value: string): value is RecycleCombination {
  return (RECYCLE_COMBINATIONS as readonly string[]).includes(value);
}

/** `{"code":"OTHER","label":"Other","noteRequired":true}, {…}` → "Other (note required), …". */
function formatReasons(value: string, t: Translate): string {
  try {
    const reasons = JSON.parse(`[${value}]`) as { label?: unknown; noteRequired?: unknown }[];
    return reasons
      .map((r) => (r.noteRequired === true ? t('settings.value.noteRequired', { label: String(r.label) }) : String(r.label)))
      .join(t('settings.value.separator'));
  } catch {
    return value;
  }
}

/** The what-if in one sentence, with the count under the rules in force beside it. */
export function previewHeadline(preview: { total: number; totalUnderCurrent: number; horizonDays: number }, t: Translate): string {
  return t('settings.preview.headline', { total: preview.total, days: preview.horizonDays, now: preview.totalUnderCurrent });
}

/** The toast after a save. */
export function savedMessage({ version, protectionEndsMoved }: { version: number; protectionEndsMoved: number }, t: Translate): string {
  return t('settings.poolPolicy.saved', { version, moved: protectionEndsMoved });
}
