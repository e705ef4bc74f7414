import { useT } from '../../../i18n/I18nProvider';
import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { PolicyCountField } from './PolicyNumberField';
import { PolicySection } from './PolicySection';
import { PolicySwitchField } from './PolicySwitchField';

/** Limits on taking customers from the public pool. */
export function ClaimingSection(props: PolicySectionProps) {
  const t = useT();
  return (
    <PolicySection testId="policy-claiming" title={t('settings.section.claiming.title')} description={t('settings.section.claiming.description')}>
      <PolicyCountField {...props} name="dailyClaimLimit" hint={t('settings.hint.dailyClaimLimit')} />
      <PolicyCountField {...props} name="holdingCap" hint={t('settings.hint.holdingCap')} />
      <PolicySwitchField {...props} name="holdingCapCountsWon" hint={t('settings.hint.holdingCapCountsWon')} />
      <PolicyCountField {...props} name="previousOwnerCooldownDays" hint={t('settings.hint.previousOwnerCooldownDays')} />
      <PolicyCountField {...props} name="newEntryCooldownHours" hint={t('settings.hint.newEntryCooldownHours')} />
    </PolicySection>
  );
}
