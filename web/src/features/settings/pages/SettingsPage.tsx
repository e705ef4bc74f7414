import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import { ComingSoon } from '../../../shared/components/ComingSoon';
import { PageHeader } from '../../../shared/components/PageHeader';
import { DuplicateRulesCard } from '../components/DuplicateRulesCard';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" subtitle="The rules that decide who owns what, and for how long." />
      <DuplicateRulesCard />
      <ComingSoon
        icon={<SettingsOutlined />}
        audience="For admins"
        summary="Admins will set the ownership rules here, per customer tier where it makes sense."
        features={[
          {
            title: 'Protection periods',
            description:
              'Days of protection after a rep gets a customer, which follow-up types count as valid, and how far a valid follow-up extends it.',
          },
          {
            title: 'Claim limits',
            description:
              'Claims per rep per day, the most customers a rep may hold, and cooldowns before a lost or freshly recycled customer can be claimed.',
          },
          {
            title: 'Recycling and reminders',
            description:
              'No-follow-up and no-deal limits, how they combine, exclusions, and how many days before the end owners are reminded.',
          },
        ]}
      />
    </>
  );
}
