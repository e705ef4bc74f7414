import { useT } from '../../../i18n/I18nProvider';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { usePoolPolicy } from '../hooks/usePoolPolicy';
import { PolicyHistory } from './PolicyHistory';
import { PoolPolicyForm } from './PoolPolicyForm';
import { SettingsCard } from './SettingsCard';

/** Settings card for the pool policy: admins edit, preview and see its history; everyone else reads it. */
export function PoolPolicyCard() {
  const t = useT();
  const user = useCurrentUser();
  const admin = user.role === 'ADMIN';
  const { policy, tiers, loading, error, refetch } = usePoolPolicy({ fetchPolicy: 'cache-and-network' });
  return (
    <SettingsCard
      testId="pool-policy-card"
      title={t('settings.poolPolicy.title')}
      description={t('settings.poolPolicy.description')}
      // A saved policy comes back through the cache: a new key starts the form again from it.
      loaded={policy ? <PoolPolicyForm key={JSON.stringify({ policy, tiers })} policy={policy} tiers={tiers} editable={admin} /> : null}
      loading={loading}
      loadingLabel={t('settings.poolPolicy.loading')}
      error={error}
      retry={refetch}
      footer={admin && policy ? <PolicyHistory /> : null}
    />
  );
}
