import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { FollowUpTypesField } from './FollowUpTypesField';
import { PolicyCountField } from './PolicyNumberField';
import { FullRow, PolicySection } from './PolicySection';
import { TierDaysFields } from './TierDaysFields';

/** How long an owner is protected, and what a follow-up must be to extend it. */
export function ProtectionSection(props: PolicySectionProps) {
  return (
    <PolicySection
      testId="policy-protection"
      title="Protection"
      description="Nobody else may claim a customer for this long after a rep gets it. A valid follow-up moves the end out; the owner is reminded before it runs out."
    >
      <TierDaysFields {...props} field="protectionDays" hint="From the moment a rep gets the customer." />
      <PolicyCountField {...props} name="extensionDays" hint="A valid follow-up protects this long from its time." />
      <PolicyCountField {...props} name="minFollowUpLength" hint="Shorter follow-ups are kept but do not count." />
      <PolicyCountField {...props} name="reminderLeadDays" hint="The owner is told this long before the end, once." />
      <FullRow>
        <FollowUpTypesField {...props} />
      </FullRow>
    </PolicySection>
  );
}
