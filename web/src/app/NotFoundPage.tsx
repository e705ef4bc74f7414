import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import ExploreOffOutlined from '@mui/icons-material/ExploreOffOutlined';
import { FullPageMessage } from '../shared/components/FullPageMessage';

export function NotFoundPage() {
  return (
    <FullPageMessage
      icon={<ExploreOffOutlined />}
      title="There is no page here"
      description="The address may be mistyped, or the page has moved."
      action={
        <Button variant="contained" component={RouterLink} to="/customers">
          Go to customers
        </Button>
      }
    />
  );
}
