import WavesOutlined from '@mui/icons-material/WavesOutlined';
import { ComingSoon } from '../../../shared/components/ComingSoon';
import { PageHeader } from '../../../shared/components/PageHeader';

export function PoolPage() {
  return (
    <>
      <PageHeader title="Public pool" subtitle="Customers without an owner, waiting to be claimed." />
      <ComingSoon
        icon={<WavesOutlined />}
        audience="For reps and managers"
        summary="The pool holds customers whose protection ran out or who were returned. Browse them with the same filters as your own list and claim the ones you can work."
        features={[
          {
            title: 'Claim customers under daily limits',
            description:
              'Select one or many pool customers and claim them; your remaining claims for today and your holding cap are shown before you confirm.',
          },
          {
            title: 'See recycle history before you claim',
            description:
              'Who owned the customer before, when and why it came back to the pool (recycled for no follow-up, or returned with a reason).',
          },
          {
            title: 'Fair release and cooldowns',
            description:
              'Freshly recycled customers and ones you lost recently show when they become claimable, so nobody races the clock.',
          },
          {
            title: 'Live updates',
            description: 'Customers claimed by a colleague disappear from your view as it happens.',
          },
        ]}
      />
    </>
  );
}
