import { useT } from '../../../i18n/I18nProvider';
import { PageHeader } from '../../../shared/components/PageHeader';
import { DuplicateRulesCard } from '../components/DuplicateRulesCard';
import { PoolPolicyCard } from '../components/PoolPolicyCard';

export function SettingsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('settings.page.title')} subtitle={t('settings.page.subtitle')} />
      <PoolPolicyCard />
      <DuplicateRulesCard />
    </>
  );
}
