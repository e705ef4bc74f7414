import { useT } from '../../../i18n/I18nProvider';
import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { PolicySection } from './PolicySection';
import { PolicySwitchField } from './PolicySwitchField';

/** Which moves of a rep's customers wait for an admin or the manager above (admins never wait). */
export function TransfersSection(props: PolicySectionProps) {
  const t = useT();
  return (
    <PolicySection testId="policy-transfers" title={t('settings.section.transfers.title')} description={t('settings.section.transfers.description')}>
      <PolicySwitchField {...props} name="departuresNeedApproval" hint={t('settings.hint.departuresNeedApproval')} />
      <PolicySwitchField {...props} name="crossDepartmentMovesNeedApproval" hint={t('settings.hint.crossDepartmentMovesNeedApproval')} />
    </PolicySection>
  );
}
