import type { FollowUpType, PoolPolicy, RecycleCombination, ReturnReason, TierSetting } from '@berth/domain';
import type { PoolPolicyForm_PolicyFragment } from '../../gql/graphql';
import type { Translate } from '../../i18n/translator';

/**
 * The pool policy as the API sends it (PoolPolicyForm_policy) and takes it back: the same fields
 * make its PoolPolicyInput, which the save mutation checks it against.
 */
export type PoolPolicyInput = PoolPolicyForm_PolicyFragment;
/** A day count with per-tier overrides, as the API carries it (GraphQL has no maps). */
export type TierDaysInput = PoolPolicyInput['protectionDays'];

/** One tier's own value: blank days and not off = the tier takes the default. */
export interface TierOverrideForm {
  days: string;
  /** No-deal limit only: the rule is off for this tier. */
  off: boolean;
}

export interface TierDaysForm {
  default: string;
  /** No-deal limit only: the rule is off unless a tier has its own value. */
  off: boolean;
  /** Keyed by tier code, in the order the form shows the tiers. */
  byTier: Record<string, TierOverrideForm>;
}

export interface ReasonForm extends ReturnReason {
  /** Stable row key; saved reasons keep their code, so returns already given still read right. */
  id: string;
  saved: boolean;
}

/** What the form edits: numbers as text, so a half-typed or blank value stays on screen. */
export interface PolicyFormValues {
  teamTimeZone: string;
  protectionDays: TierDaysForm;
  followUpTypes: FollowUpType[];
  minFollowUpLength: string;
  extensionDays: string;
  noDealDays: TierDaysForm;
  combination: RecycleCombination;
  excludeWon: boolean;
  excludeLocked: boolean;
  reminderLeadDays: string;
  dailyClaimLimit: string;
  holdingCap: string;
  holdingCapCountsWon: boolean;
  previousOwnerCooldownDays: string;
  newEntryCooldownHours: string;
  departuresNeedApproval: boolean;
  crossDepartmentMovesNeedApproval: boolean;
  returnReasons: ReasonForm[];
}

export type NumberFieldName = {
  [K in keyof PolicyFormValues]: PolicyFormValues[K] extends string ? K : never;
}[keyof PolicyFormValues] &
  string;

export interface TierRow {
  code: string;
  name: string;
}

/** Known tiers in rank order, then any tier the policy still names that no longer exists (to clear it). */
export function tierRowsFor(tiers: readonly TierRow[], policy: Pick<PoolPolicyInput, 'protectionDays' | 'noDealDays'>, t: Translate): TierRow[] {
  const rows = tiers.map(({ code, name }) => ({ code, name }));
  for (const { tier } of [...policy.protectionDays.byTier, ...policy.noDealDays.byTier]) {
    if (!rows.some((row) => row.code === tier)) rows.push({ code: tier, name: t('settings.tier.gone', { tier }) });
  }
  return rows;
}

function tierDaysForm(setting: TierDaysInput, tierCodes: readonly string[]): TierDaysForm {
  const byTier: Record<string, TierOverrideForm> = {};
  for (const code of tierCodes) {
    const own = setting.byTier.find((o) => o.tier === code);
    byTier[code] = { days: own && own.days !== null ? String(own.days) : '', off: own !== undefined && own.days === null };
  }
  return { default: setting.default === null ? '' : String(setting.default), off: setting.default === null, byTier };
}

export function toPolicyFormValues(policy: PoolPolicyInput, tierCodes: readonly string[]): PolicyFormValues {
  return {
    teamTimeZone: policy.teamTimeZone,
    protectionDays: tierDaysForm(policy.protectionDays, tierCodes),
    followUpTypes: [...policy.followUpTypes],
    minFollowUpLength: String(policy.minFollowUpLength),
    extensionDays: String(policy.extensionDays),
    noDealDays: tierDaysForm(policy.noDealDays, tierCodes),
    combination: policy.combination,
    excludeWon: policy.excludeWon,
    excludeLocked: policy.excludeLocked,
    reminderLeadDays: String(policy.reminderLeadDays),
    dailyClaimLimit: String(policy.dailyClaimLimit),
    holdingCap: String(policy.holdingCap),
    holdingCapCountsWon: policy.holdingCapCountsWon,
    previousOwnerCooldownDays: String(policy.previousOwnerCooldownDays),
    newEntryCooldownHours: String(policy.newEntryCooldownHours),
    departuresNeedApproval: policy.departuresNeedApproval,
    crossDepartmentMovesNeedApproval: policy.crossDepartmentMovesNeedApproval,
    returnReasons: policy.returnReasons.map(({ code, label, noteRequired }) => ({ id: code, code, label, noteRequired, saved: true })),
  };
}

/** Text as a number; blank or not a plain decimal is NaN, which validation names. */
export function parseCount(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function tierDaysInput(form: TierDaysForm, nullable: boolean): TierDaysInput {
  return {
    default: nullable && form.off ? null : parseCount(form.default),
    byTier: Object.entries(form.byTier)
      .filter(([, own]) => (nullable && own.off) || own.days.trim() !== '')
      .map(([tier, own]) => ({ tier, days: nullable && own.off ? null : parseCount(own.days) })),
  };
}

export function toPolicyInput(values: PolicyFormValues): PoolPolicyInput {
  return {
    teamTimeZone: values.teamTimeZone.trim(),
    protectionDays: tierDaysInput(values.protectionDays, false),
    followUpTypes: [...values.followUpTypes],
    minFollowUpLength: parseCount(values.minFollowUpLength),
    extensionDays: parseCount(values.extensionDays),
    noDealDays: tierDaysInput(values.noDealDays, true),
    combination: values.combination,
    excludeWon: values.excludeWon,
    excludeLocked: values.excludeLocked,
    reminderLeadDays: parseCount(values.reminderLeadDays),
    dailyClaimLimit: parseCount(values.dailyClaimLimit),
    holdingCap: parseCount(values.holdingCap),
    holdingCapCountsWon: values.holdingCapCountsWon,
    previousOwnerCooldownDays: parseCount(values.previousOwnerCooldownDays),
    newEntryCooldownHours: parseCount(values.newEntryCooldownHours),
    departuresNeedApproval: values.departuresNeedApproval,
    crossDepartmentMovesNeedApproval: values.crossDepartmentMovesNeedApproval,
    returnReasons: values.returnReasons.map(({ code, label, noteRequired }) => ({ code: code.trim(), label: label.trim(), noteRequired })),
  };
}

const toRecord = (setting: TierDaysInput): TierSetting<number | null> => ({
  default: setting.default,
  byTier: Object.fromEntries(setting.byTier.map(({ tier, days }) => [tier.trim(), days])),
});

/** The domain's policy, per-tier lists turned into records the way the server does (pool-policy-shape.ts). */
export function toDomainPolicy(input: PoolPolicyInput): PoolPolicy {
  return {
    ...input,
    protectionDays: toRecord(input.protectionDays) as TierSetting<number>,
    noDealDays: toRecord(input.noDealDays),
  };
}

const toList = (setting: TierSetting<number | null>): TierDaysInput => ({
  default: setting.default,
  byTier: Object.entries(setting.byTier).map(([tier, days]) => ({ tier, days })),
});

/** The API's shape of a domain policy: per-tier records as lists (the inverse of `toDomainPolicy`). */
export function fromDomainPolicy(policy: PoolPolicy): PoolPolicyInput {
  return {
    ...policy,
    followUpTypes: [...policy.followUpTypes],
    returnReasons: policy.returnReasons.map((r) => ({ ...r })),
    protectionDays: toList(policy.protectionDays),
    noDealDays: toList(policy.noDealDays),
  };
}

/** A new row for the return-reason list. */
export function newReason(id: string): ReasonForm {
  return { id, code: '', label: '', noteRequired: false, saved: false };
}
