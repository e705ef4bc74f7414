import { useT } from '../../../i18n/I18nProvider';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useDuplicateRules } from '../hooks/useDuplicateRules';
import { DuplicateRulesForm } from './DuplicateRulesForm';
import { SettingsCard } from './SettingsCard';

/** Settings card for the duplicate rules: editable for admins, read-only for everyone else. */
export function DuplicateRulesCard() {
  const t = useT();
  const user = useCurrentUser();
  const { rules, loading, error, refetch } = useDuplicateRules();
  return (
    <SettingsCard
      testId="duplicate-rules-card"
      title={t('settings.duplicateRules.title')}
      description={t('settings.duplicateRules.description')}
      // Saved rules come back through the cache: a new key starts the form again from them.
      loaded={rules ? <DuplicateRulesForm key={JSON.stringify(rules)} rules={rules} editable={user.role === 'ADMIN'} /> : null}
      loading={loading}
      loadingLabel={t('settings.duplicateRules.loading')}
      error={error}
      retry={refetch}
    />
  );
}
