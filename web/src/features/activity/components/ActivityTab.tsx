import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Divider from '@mui/material/Divider';
import { useT } from '../../../i18n/I18nProvider';
import { LoadingState } from '../../../shared/components/LoadingState';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { useCustomerActivity } from '../hooks/useActivityQueries';
import { ActivityLog } from './ActivityLog';
import { OwnerOnDate } from './OwnerOnDate';
import { TrailCheck } from './TrailCheck';

interface Props {
  customerId: string;
  /** The ownership events' ids, oldest first. */
  eventIds: readonly string[];
}

/** Everything that happened to the customer, who held it on a given day, and whether its trail holds. */
export function ActivityTab({ customerId, eventIds }: Props) {
  const t = useT();
  const { data, error, refetch } = useCustomerActivity(customerId);
  return (
    <Card data-testid="activity-tab">
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        {data ? (
          <ActivityLog
            customer={data.customer}
            tools={
              <>
                <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3, alignItems: 'start' }}>
                  <OwnerOnDate customerId={customerId} />
                  <TrailCheck customerId={customerId} eventIds={eventIds} />
                </Box>
                <Divider sx={{ mt: 2.5, mb: 1 }} />
              </>
            }
          />
        ) : error ? (
          <RetryAlert error={error} onRetry={refetch} />
        ) : (
          <LoadingState label={t('activity.loading')} />
        )}
      </CardContent>
    </Card>
  );
}
