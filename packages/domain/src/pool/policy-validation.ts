import { fieldProblem, type FieldProblem } from '../errors';
import { isFollowUpType } from './follow-up-types';
import { RECYCLE_COMBINATIONS, type PoolPolicy, type TierSetting } from './policy';
import { isValidTimeZone } from './team-time';
import { returnReasonProblems } from './return-reason-validation';

/** Ranges an admin may set. Day and count limits stop at 10,000: beyond that a value is a typo, not a policy. */
export const POOL_POLICY_LIMITS = {
  maxDays: 10_000,
  maxCount: 10_000,
  maxHours: 10_000,
  /** A longer minimum would make follow-ups practically impossible to count. */
  maxMinFollowUpLength: 1_000,
  tierCode: 16,
} as const;

type Problems = FieldProblem[];

/**
 * Every problem of an admin's policy edit at once, with field paths a form can mark:
 * `protectionDays.default`, `protectionDays.byTier.A`, `dailyClaimLimit`, `returnReasons.4.label`.
 * Days and limits are whole numbers from 1; cooldowns may be 0 (off). `tierCodes`, when given,
 * are the tiers that exist: a per-tier value for any other tier is refused.
 */
export function validatePoolPolicy(policy: PoolPolicy, options: { tierCodes?: readonly string[] } = {}): FieldProblem[] {
  if (typeof policy !== 'object' || policy === null) return [fieldProblem('policy', 'REQUIRED')];
  const p: Problems = [];
  if (!isValidTimeZone(policy.teamTimeZone)) p.push(fieldProblem('teamTimeZone', 'UNKNOWN_TIME_ZONE'));
  tierSetting(p, 'protectionDays', policy.protectionDays, false, options.tierCodes);
  followUpRule(p, policy);
  whole(p, 'extensionDays', policy.extensionDays, 1, POOL_POLICY_LIMITS.maxDays);
  tierSetting(p, 'noDealDays', policy.noDealDays, true, options.tierCodes);
  if (!RECYCLE_COMBINATIONS.includes(policy.combination)) p.push(fieldProblem('combination', 'NOT_AN_OPTION'));
  for (const field of ['excludeWon', 'excludeLocked', 'holdingCapCountsWon', 'departuresNeedApproval', 'crossDepartmentMovesNeedApproval'] as const) flag(p, field, policy[field]);
  reminderLead(p, policy);
  whole(p, 'dailyClaimLimit', policy.dailyClaimLimit, 1, POOL_POLICY_LIMITS.maxCount);
  whole(p, 'holdingCap', policy.holdingCap, 1, POOL_POLICY_LIMITS.maxCount);
  whole(p, 'previousOwnerCooldownDays', policy.previousOwnerCooldownDays, 0, POOL_POLICY_LIMITS.maxDays);
  whole(p, 'newEntryCooldownHours', policy.newEntryCooldownHours, 0, POOL_POLICY_LIMITS.maxHours);
  p.push(...returnReasonProblems(policy.returnReasons));
  return p;
}

function followUpRule(p: Problems, policy: PoolPolicy) {
  const types: unknown = policy.followUpTypes;
  if (!Array.isArray(types) || types.length === 0) {
    p.push(fieldProblem('followUpTypes', 'AT_LEAST_ONE'));
  } else {
    types.forEach((type: unknown, i) => {
      if (!isFollowUpType(type)) p.push(fieldProblem(`followUpTypes.${i}`, 'NOT_AN_OPTION'));
      else if (types.indexOf(type) !== i) p.push(fieldProblem(`followUpTypes.${i}`, 'LISTED_TWICE', { value: type }));
    });
  }
  whole(p, 'minFollowUpLength', policy.minFollowUpLength, 0, POOL_POLICY_LIMITS.maxMinFollowUpLength);
}

function tierSetting(p: Problems, field: string, setting: TierSetting<number | null>, nullable: boolean, tierCodes?: readonly string[]) {
  if (typeof setting !== 'object' || setting === null) return void p.push(fieldProblem(field, 'REQUIRED'));
  days(p, `${field}.default`, setting.default, nullable);
  if (typeof setting.byTier !== 'object' || setting.byTier === null) return void p.push(fieldProblem(`${field}.byTier`, 'REQUIRED'));
  for (const [tier, value] of Object.entries(setting.byTier)) {
    const path = `${field}.byTier.${tier}`;
    if (tier.trim() === '' || tier.length > POOL_POLICY_LIMITS.tierCode) p.push(fieldProblem(path, 'INVALID_TIER_CODE'));
    else if (tierCodes && !tierCodes.includes(tier)) p.push(fieldProblem(path, 'UNKNOWN_TIER'));
    else days(p, path, value, nullable);
  }
}

/** A reminder lead as long as a period would remind the owner the moment they get the customer. */
function reminderLead(p: Problems, policy: PoolPolicy) {
  if (!whole(p, 'reminderLeadDays', policy.reminderLeadDays, 1, POOL_POLICY_LIMITS.maxDays)) return;
  const shortest = Math.min(...periodLengths(policy));
  if (policy.reminderLeadDays >= shortest) {
    p.push(fieldProblem('reminderLeadDays', 'REMINDER_LEAD_TOO_LONG', { days: shortest }));
  }
}

/** Every length a protection period can start with; under ANY a no-deal limit can cut it shorter. */
function periodLengths(policy: PoolPolicy): number[] {
  const valuesOf = (s: TierSetting<number | null> | undefined) => (s && s.byTier ? [s.default, ...Object.values(s.byTier)] : []);
  const lengths = [...valuesOf(policy.protectionDays), policy.extensionDays];
  if (policy.combination === 'ANY') lengths.push(...valuesOf(policy.noDealDays));
  return lengths.filter((n): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1);
}

function days(p: Problems, field: string, value: unknown, nullable: boolean) {
  if (nullable && value === null) return;
  whole(p, field, value, 1, POOL_POLICY_LIMITS.maxDays);
}

/** Records a problem unless `value` is a whole number in [min, max]; true when it is fine. */
function whole(p: Problems, field: string, value: unknown, min: number, max: number): boolean {
  let problem: FieldProblem | null = null;
  if (typeof value !== 'number' || !Number.isInteger(value)) problem = fieldProblem(field, 'NOT_AN_INTEGER');
  else if (value < min) problem = fieldProblem(field, 'TOO_SMALL', { min });
  else if (value > max) problem = fieldProblem(field, 'TOO_LARGE', { max });
  if (problem) p.push(problem);
  return problem === null;
}

function flag(p: Problems, field: string, value: unknown) {
  if (typeof value !== 'boolean') p.push(fieldProblem(field, 'NOT_A_BOOLEAN'));
}
