/** Every field of PoolPolicy, for reading the policy and sending it back edited (PoolPolicyInput has the same shape). */
export const POOL_POLICY_FIELDS = `teamTimeZone protectionDays { default byTier { tier days } } followUpTypes minFollowUpLength extensionDays
  noDealDays { default byTier { tier days } } combination excludeWon excludeLocked reminderLeadDays dailyClaimLimit holdingCap
  holdingCapCountsWon previousOwnerCooldownDays newEntryCooldownHours departuresNeedApproval crossDepartmentMovesNeedApproval returnReasons { code label noteRequired }`;
