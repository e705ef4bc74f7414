import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import ExploreOffOutlined from '@mui/icons-material/ExploreOffOutlined';
import { useT } from '../i18n/I18nProvider';
import { FullPageMessage } from '../shared/components/FullPageMessage';

export function NotFoundPage() {
  const t = useT();
  return (
    <FullPageMessage
      icon={<ExploreOffOutlined />}
      title={t('app.notFound.title')}
      description={t('app.notFound.description')}
      action={
        <Button variant="contained" component={RouterLink} to="/customers">
          {t('app.notFound.goToCustomers')}
        </Button>
      }
    />
  );
}
