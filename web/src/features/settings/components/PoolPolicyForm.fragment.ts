import { graphql } from '../../../gql';
import type { PoolPolicyForm_PolicyFragment } from '../../../gql/graphql';

/** The policy as PoolPolicyForm edits it; the query and the save payload select the same. */
export const POOL_POLICY_FORM_FRAGMENT = graphql(`
  fragment PoolPolicyForm_policy on PoolPolicy {
    teamTimeZone
    protectionDays {
      default
      byTier {
        tier
        days
      }
    }
    followUpTypes
    minFollowUpLength
    extensionDays
    noDealDays {
      default
      byTier {
        tier
        days
      }
    }
    combination
    excludeWon
    excludeLocked
    reminderLeadDays
    dailyClaimLimit
    holdingCap
    holdingCapCountsWon
    previousOwnerCooldownDays
    newEntryCooldownHours
    departuresNeedApproval
    crossDepartmentMovesNeedApproval
    returnReasons {
      code
      label
      noteRequired
    }
  }
`);

export type PoolPolicyFormPolicy = PoolPolicyForm_PolicyFragment;
