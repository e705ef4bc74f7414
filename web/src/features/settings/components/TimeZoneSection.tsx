import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { PolicySection } from './PolicySection';
import { TimeZoneField } from './TimeZoneField';

/** The zone the team's calendar days are read in. */
export function TimeZoneSection(props: PolicySectionProps) {
  return (
    <PolicySection testId="policy-time-zone" title="Time zone" description="Every day count above, the claim day and reminder days follow the team's time zone.">
      <TimeZoneField {...props} />
    </PolicySection>
  );
}
