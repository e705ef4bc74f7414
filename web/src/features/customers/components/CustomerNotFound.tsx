import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import { FullPageMessage } from '../../../shared/components/FullPageMessage';

/**
 * The API answers NOT_FOUND both for a missing customer and for one the viewer may not see,
 * on purpose: the page must not hint which it is.
 */
export function CustomerNotFound() {
  return (
    <FullPageMessage
      testId="customer-not-found"
      icon={<VisibilityOffOutlined />}
      title="This customer does not exist or is not visible to you"
      description="It may have been moved to the public pool or to another rep, or the link may be wrong."
      action={
        <Button variant="contained" component={RouterLink} to="/customers">
          Back to customers
        </Button>
      }
    />
  );
}
