import { useT } from '../../../i18n/I18nProvider';
import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { FollowUpTypesField } from './FollowUpTypesField';
import { PolicyCountField } from './PolicyNumberField';
import { FullRow, PolicySection } from './PolicySection';
import { TierDaysFields } from './TierDaysFields';

/** How long an owner is protected, and what a follow-up must be to extend it. */
export function ProtectionSection(props: PolicySectionProps) {
  const t = useT();
  return (
    <PolicySection testId="policy-protection" title={t('settings.section.protection.title')} description={t('settings.section.protection.description')}>
      <TierDaysFields {...props} field="protectionDays" hint={t('settings.hint.protectionDays')} />
      <PolicyCountField {...props} name="extensionDays" hint={t('settings.hint.extensionDays')} />
      <PolicyCountField {...props} name="minFollowUpLength" hint={t('settings.hint.minFollowUpLength')} />
      <PolicyCountField {...props} name="reminderLeadDays" hint={t('settings.hint.reminderLeadDays')} />
      <FullRow>
        <FollowUpTypesField {...props} />
      </FullRow>
    </PolicySection>
  );
}
