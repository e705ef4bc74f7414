import { useT } from '../../../i18n/I18nProvider';
import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { PolicySection } from './PolicySection';
import { TimeZoneField } from './TimeZoneField';

/** The zone the team's calendar days are read in. */
export function TimeZoneSection(props: PolicySectionProps) {
  const t = useT();
  return (
    <PolicySection testId="policy-time-zone" title={t('settings.section.timeZone.title')} description={t('settings.section.timeZone.description')}>
      <TimeZoneField {...props} />
    </PolicySection>
  );
}
