import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import { useT } from '../../../i18n/I18nProvider';
import { FullPageMessage } from '../../../shared/components/FullPageMessage';

/**
 * The API answers NOT_FOUND both for a missing customer and for one the viewer may not see,
 * on purpose: the page must not hint which it is.
 */
export function CustomerNotFound() {
  const t = useT();
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
