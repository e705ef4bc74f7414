import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { CombinationField } from './CombinationField';
import { PolicySection } from './PolicySection';
import { PolicySwitchField } from './PolicySwitchField';
import { TierDaysFields } from './TierDaysFields';

/** When an owner loses a customer to the pool besides protection running out. */
export function RecyclingSection(props: PolicySectionProps) {
  return (
    <PolicySection
      testId="policy-recycling"
      title="Recycling"
      description="A customer goes back to the public pool when its rules fire. Won and locked customers can be kept out of it."
    >
      <TierDaysFields {...props} field="noDealDays" hint="Even with follow-ups, if no deal is won in time." />
      <CombinationField {...props} />
      <PolicySwitchField {...props} name="excludeWon" hint="Customers with a won deal stay with their owner." />
      <PolicySwitchField {...props} name="excludeLocked" hint="Locked customers stay with their owner." />
    </PolicySection>
  );
}
