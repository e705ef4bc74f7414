import { BerthError, type FieldProblem, type PoolPolicy, type TierSetting, fieldProblem } from '@berth/domain';
import type { PoolPolicyType, TierDaysType } from './pool-policy.types';

/** The stored policy in the API's shape: per-tier overrides as a list, since GraphQL has no maps. */
export function policyToApi(policy: PoolPolicy): PoolPolicyType {
  return {
    ...policy,
    followUpTypes: [...policy.followUpTypes],
    returnReasons: policy.returnReasons.map((r) => ({ ...r })),
    protectionDays: tierDaysToApi(policy.protectionDays),
    noDealDays: tierDaysToApi(policy.noDealDays),
  };
}

/** An API edit as the domain's policy; a tier listed twice is refused with its field path. */
export function policyFromApi(input: PoolPolicyType): PoolPolicy {
  const problems: FieldProblem[] = [];
  const policy: PoolPolicy = {
    teamTimeZone: input.teamTimeZone.trim(),
    protectionDays: tierDaysFromApi(input.protectionDays, 'protectionDays', problems) as TierSetting<number>,
    followUpTypes: input.followUpTypes,
    minFollowUpLength: input.minFollowUpLength,
    extensionDays: input.extensionDays,
    noDealDays: tierDaysFromApi(input.noDealDays, 'noDealDays', problems),
    combination: input.combination,
    excludeWon: input.excludeWon,
    excludeLocked: input.excludeLocked,
    reminderLeadDays: input.reminderLeadDays,
    dailyClaimLimit: input.dailyClaimLimit,
    holdingCap: input.holdingCap,
    holdingCapCountsWon: input.holdingCapCountsWon,
    previousOwnerCooldownDays: input.previousOwnerCooldownDays,
    newEntryCooldownHours: input.newEntryCooldownHours,
    departuresNeedApproval: input.departuresNeedApproval,
    crossDepartmentMovesNeedApproval: input.crossDepartmentMovesNeedApproval,
    returnReasons: input.returnReasons.map((r) => ({ code: r.code.trim(), label: r.label.trim(), noteRequired: r.noteRequired })),
  };
  if (problems.length) throw BerthError.badInput(problems);
  return policy;
}

function tierDaysToApi(setting: TierSetting<number | null>): TierDaysType {
  return { default: setting.default, byTier: Object.entries(setting.byTier).map(([tier, days]) => ({ tier, days })) };
}

function tierDaysFromApi(input: TierDaysType, field: string, problems: FieldProblem[]): TierSetting<number | null> {
  const byTier: Record<string, number | null> = {};
  for (const { tier, days } of input.byTier) {
    const code = tier.trim();
    if (Object.prototype.hasOwnProperty.call(byTier, code)) problems.push(fieldProblem(`${field}.byTier.${code}`, 'LISTED_TWICE', { value: code }));
    byTier[code] = days;
  }
  return { default: input.default, byTier };
}
