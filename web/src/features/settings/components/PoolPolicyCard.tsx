import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { LoadingState } from '../../../shared/components/LoadingState';
import { describeError } from '../../../shared/errors/describe-error';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { usePoolPolicy } from '../hooks/usePoolPolicy';
import { PolicyHistory } from './PolicyHistory';
import { PoolPolicyForm } from './PoolPolicyForm';

/** Settings card for the pool policy: admins edit, preview and see its history; everyone else reads it. */
export function PoolPolicyCard() {
  const user = useCurrentUser();
  const admin = user.role === 'ADMIN';
  const { policy, tiers, loading, error, refetch } = usePoolPolicy({ fetchPolicy: 'cache-and-network' });

  let body = <LoadingState label="Loading the pool policy…" />;
  if (policy) {
    // A saved policy comes back through the cache: a new key starts the form again from it.
    body = <PoolPolicyForm key={JSON.stringify({ policy, tiers })} policy={policy} tiers={tiers} editable={admin} />;
  } else if (!loading) {
    body = (
      <Alert severity="error" action={<Button color="inherit" size="small" onClick={() => void refetch()}>Retry</Button>}>
        {describeError(error).message}
      </Alert>
    );
  }

  return (
    <Card data-testid="pool-policy-card" sx={{ mb: 3 }}>
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="h2" component="h2">
          Pool policy
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 680 }}>
          How long an owner is protected, when a customer goes back to the public pool, and the limits on claiming it. Every
          saved change becomes a new version.
        </Typography>
        {body}
        {admin && policy ? <PolicyHistory /> : null}
      </CardContent>
    </Card>
  );
}
