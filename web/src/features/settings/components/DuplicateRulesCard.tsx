import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { LoadingState } from '../../../shared/components/LoadingState';
import { describeError } from '../../../shared/errors/describe-error';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useDuplicateRules } from '../hooks/useDuplicateRules';
import { DuplicateRulesForm } from './DuplicateRulesForm';

/** Settings card for the duplicate rules: editable for admins, read-only for everyone else. */
export function DuplicateRulesCard() {
  const user = useCurrentUser();
  const { rules, loading, error, refetch } = useDuplicateRules();

  let body = <LoadingState label="Loading duplicate rules…" />;
  if (rules) {
    // Saved rules come back through the cache: a new key starts the form again from them.
    body = <DuplicateRulesForm key={JSON.stringify(rules)} rules={rules} editable={user.role === 'ADMIN'} />;
  } else if (!loading) {
    body = (
      <Alert severity="error" action={<Button color="inherit" size="small" onClick={() => void refetch()}>Retry</Button>}>
        {describeError(error).message}
      </Alert>
    );
  }

  return (
    <Card data-testid="duplicate-rules-card" sx={{ mb: 3 }}>
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="h2" component="h2">
          Duplicate rules
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 1.5, maxWidth: 680 }}>
          What Berth compares when a customer is entered or edited, and whether a match only warns (the rep confirms it
          is a different company) or blocks the save.
        </Typography>
        {body}
      </CardContent>
    </Card>
  );
}
