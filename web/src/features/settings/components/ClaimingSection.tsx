import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { PolicyCountField } from './PolicyNumberField';
import { PolicySection } from './PolicySection';
import { PolicySwitchField } from './PolicySwitchField';

/** Limits on taking customers from the public pool. */
export function ClaimingSection(props: PolicySectionProps) {
  return (
    <PolicySection
      testId="policy-claiming"
      title="Claiming"
      description="How many customers a rep may take from the pool, how many they may hold, and how long some customers wait before they can be claimed."
    >
      <PolicyCountField {...props} name="dailyClaimLimit" hint="Per rep, per calendar day in the team's zone." />
      <PolicyCountField {...props} name="holdingCap" hint="Claims and assignments stop at this many." />
      <PolicySwitchField {...props} name="holdingCapCountsWon" hint="Off: closing deals never blocks new work." />
      <PolicyCountField {...props} name="previousOwnerCooldownDays" hint="Before a rep may re-claim a customer they lost; 0 = off." />
      <PolicyCountField {...props} name="newEntryCooldownHours" hint="A fresh pool entry waits this long, for a fair look; 0 = off." />
    </PolicySection>
  );
}
