import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useDuplicateRules } from '../hooks/useDuplicateRules';
import { DuplicateRulesForm } from './DuplicateRulesForm';
import { SettingsCard } from './SettingsCard';

/** Settings card for the duplicate rules: editable for admins, read-only for everyone else. */
export function DuplicateRulesCard() {
  const user = useCurrentUser();
  const { rules, loading, error, refetch } = useDuplicateRules();
  return (
    <SettingsCard
      testId="duplicate-rules-card"
      title="Duplicate rules"
      description="What Berth compares when a customer is entered or edited, and whether a match only warns (the rep confirms it is a different company) or blocks the save."
      // Saved rules come back through the cache: a new key starts the form again from them.
      loaded={rules ? <DuplicateRulesForm key={JSON.stringify(rules)} rules={rules} editable={user.role === 'ADMIN'} /> : null}
      loading={loading}
      loadingLabel="Loading duplicate rules…"
      error={error}
      retry={refetch}
    />
  );
}
