import { useT } from '../../../i18n/I18nProvider';
import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { CombinationField } from './CombinationField';
import { PolicySection } from './PolicySection';
import { PolicySwitchField } from './PolicySwitchField';
import { TierDaysFields } from './TierDaysFields';

/** When an owner loses a customer to the pool besides protection running out. */
export function RecyclingSection(props: PolicySectionProps) {
  const t = useT();
  return (
    <PolicySection testId="policy-recycling" title={t('settings.section.recycling.title')} description={t('settings.section.recycling.description')}>
      <TierDaysFields {...props} field="noDealDays" hint={t('settings.hint.noDealDays')} />
      <CombinationField {...props} />
      <PolicySwitchField {...props} name="excludeWon" hint={t('settings.hint.excludeWon')} />
      <PolicySwitchField {...props} name="excludeLocked" hint={t('settings.hint.excludeLocked')} />
    </PolicySection>
  );
}
