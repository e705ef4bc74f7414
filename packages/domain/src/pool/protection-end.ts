import { isValidFollowUp, type FollowUpFacts } from './follow-up';
import { settingForTier, type PoolPolicy, type RecycleCombination } from './policy';
import { addTeamDays } from './team-time';

/** Everything that decides when one ownership's protection ends. */
export interface ProtectionInput {
  /** When the current owner got the customer (create, claim, assignment, transfer). */
  ownedSince: Date;
  tier: string;
  /** Follow-ups on the customer; invalid ones and those before `ownedSince` (a previous owner's) are ignored. */
  followUps: readonly Pick<FollowUpFacts, 'type' | 'content' | 'at'>[];
  /** A deal was won since `ownedSince`: the no-deal rule is satisfied for this ownership. */
  hasWonDeal: boolean;
  policy: PoolPolicy;
}

/** The deadline of each recycle rule, and the protection end they make together. */
export interface ProtectionClocks {
  /** When the no-valid-follow-up rule fires. */
  followUpDue: Date;
  /** The length behind `followUpDue`: the tier's protection days, or the extension days once a follow-up moved it. */
  followUpDays: number;
  /** When the no-deal rule fires; null when it is off for the tier or a deal was won. */
  noDealDue: Date | null;
  noDealDays: number | null;
  /**
   * The protection end: ANY = the earliest deadline, ALL = the latest. Protected while
   * now < end; recyclable from `end` on (the end instant itself is no longer protected).
   */
  end: Date;
}

/**
 * One valid follow-up's effect on the no-follow-up deadline: max(current, follow-up time +
 * extension days). This is only the follow-up clock; a stored protection end also carries the
 * no-deal deadline and the ANY/ALL combination, so recompute it with `computeProtectionEnd`.
 */
export function extendProtection(currentEnd: Date, followUpAt: Date, policy: PoolPolicy): Date {
  const extended = addTeamDays(followUpAt, policy.extensionDays, policy.teamTimeZone);
  return extended > currentEnd ? extended : currentEnd;
}

/**
 * Follow-ups are replayed in time order, and one counts only while protection still runs
 * (ownedSince <= at < end so far): once a period has ended, a late or back-dated follow-up
 * cannot revive it, so an expired customer stays expired until it is recycled.
 */
export function protectionClocks(input: ProtectionInput): ProtectionClocks {
  const { ownedSince, tier, policy } = input;
  const zone = policy.teamTimeZone;
  const noDealDays = input.hasWonDeal ? null : settingForTier(policy.noDealDays, tier);
  const noDealDue = noDealDays === null ? null : addTeamDays(ownedSince, noDealDays, zone);
  let followUpDays = settingForTier(policy.protectionDays, tier);
  let followUpDue = addTeamDays(ownedSince, followUpDays, zone);
  for (const at of countedTimes(input)) {
    if (at >= combine(followUpDue, noDealDue, policy.combination)) break;
    const extended = extendProtection(followUpDue, at, policy);
    if (extended > followUpDue) {
      followUpDue = extended;
      followUpDays = policy.extensionDays;
    }
  }
  return { followUpDue, followUpDays, noDealDue, noDealDays, end: combine(followUpDue, noDealDue, policy.combination) };
}

/** When protection of this ownership ends: the value the server stores and indexes. */
export function computeProtectionEnd(input: ProtectionInput): Date {
  return protectionClocks(input).end;
}

function countedTimes({ followUps, ownedSince, policy }: ProtectionInput): Date[] {
  return followUps
    .filter((f) => f.at >= ownedSince && isValidFollowUp(f, policy))
    .map((f) => f.at)
    .sort((a, b) => a.getTime() - b.getTime());
}

function combine(followUpDue: Date, noDealDue: Date | null, combination: RecycleCombination): Date {
  if (noDealDue === null) return followUpDue;
  const earlier = noDealDue < followUpDue;
  return combination === 'ANY' ? (earlier ? noDealDue : followUpDue) : earlier ? followUpDue : noDealDue;
}
