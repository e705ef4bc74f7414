import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import { ComingSoon } from '../../../shared/components/ComingSoon';
import { PageHeader } from '../../../shared/components/PageHeader';

export function TeamPage() {
  return (
    <>
      <PageHeader title="Team" subtitle="Your department's reps and the customers they hold." />
      <ComingSoon
        icon={<GroupsOutlined />}
        audience="For managers"
        summary="A manager's desk for spreading customers across the team and keeping the load even."
        features={[
          {
            title: 'Assign customers',
            description: 'Pick pool customers by region, industry or tag and hand them to reps in one step.',
          },
          {
            title: 'Transfer customers',
            description:
              'Move a rep’s customers to colleagues when they leave or change role; every move is kept in the ownership history.',
          },
          {
            title: 'Watch the load',
            description:
              'Customers held per rep against the holding cap, protection periods about to end, and claims made today.',
          },
        ]}
      />
    </>
  );
}
