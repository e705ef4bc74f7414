import { useT } from '../../../i18n/I18nProvider';
import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { PolicySection } from './PolicySection';
import { ReturnReasonsEditor } from './ReturnReasonsEditor';

/** The reasons a return may give. */
export function ReturnReasonsSection(props: PolicySectionProps) {
  const t = useT();
  return (
    <PolicySection testId="policy-return-reasons" title={t('settings.field.returnReasons')} description={t('settings.section.returnReasons.description')}>
      <ReturnReasonsEditor {...props} />
    </PolicySection>
  );
}
