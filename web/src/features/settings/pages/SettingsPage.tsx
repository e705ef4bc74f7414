import { PageHeader } from '../../../shared/components/PageHeader';
import { DuplicateRulesCard } from '../components/DuplicateRulesCard';
import { PoolPolicyCard } from '../components/PoolPolicyCard';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" subtitle="The rules that decide who owns what, and for how long." />
      <PoolPolicyCard />
      <DuplicateRulesCard />
    </>
  );
}
