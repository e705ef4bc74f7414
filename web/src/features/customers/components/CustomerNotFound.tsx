import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import WavesOutlined from '@mui/icons-material/WavesOutlined';
import { useT } from '../../../i18n/I18nProvider';
import { FullPageMessage } from '../../../shared/components/FullPageMessage';
import { usePoolCustomerHistory } from '../../pool/hooks/usePoolCustomerHistory';

/**
 * The API answers NOT_FOUND both for a missing customer and for one the viewer may not see,
 * on purpose: the page must not hint which it is. A customer in the public pool is the exception
 * (everyone may browse the pool): a link to one that was released or recycled since — from a
 * notice, the history, a colleague — leads on to it there.
 */
export function CustomerNotFound({ id }: { id?: string }) {
  const t = useT();
  const pooled = usePoolCustomerHistory(id ?? null).data?.poolCustomer;
  if (pooled) {
    return (
      <FullPageMessage
        testId="customer-in-pool"
        icon={<WavesOutlined />}
        title={t('customers.notFound.inPoolTitle', { name: pooled.companyName })}
        description={t('customers.notFound.inPoolDescription')}
        action={
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            <Button variant="contained" component={RouterLink} to={`/pool?customer=${encodeURIComponent(pooled.id)}`} data-testid="open-in-pool">
              {t('customers.notFound.openInPool')}
            </Button>
            <Button component={RouterLink} to="/customers">
              {t('customers.notFound.back')}
            </Button>
          </Stack>
        }
      />
    );
  }
  return (
    <FullPageMessage
      testId="customer-not-found"
      icon={<VisibilityOffOutlined />}
      title={t('customers.notFound.title')}
      description={t('customers.notFound.description')}
      action={
        <Button variant="contained" component={RouterLink} to="/customers">
          {t('customers.notFound.back')}
        </Button>
      }
    />
  );
}
