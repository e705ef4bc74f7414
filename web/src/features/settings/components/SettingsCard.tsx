import type { ReactNode } from 'react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { LoadingState } from '../../../shared/components/LoadingState';
import { RetryAlert } from '../../../shared/components/RetryAlert';

interface Props {
  testId: string;
  title: string;
  description: string;
  /** The card's content once its settings are loaded; null while they are not. */
  loaded: ReactNode | null;
  loading: boolean;
  loadingLabel: string;
  error: unknown;
  retry: () => unknown;
  /** Below the content, e.g. a version history. */
  footer?: ReactNode;
}

/** One settings card: title and explanation, then the content, a loading state, or the error with Retry. */
export function SettingsCard({ testId, title, description, loaded, loading, loadingLabel, error, retry, footer }: Props) {
  let body: ReactNode = <LoadingState label={loadingLabel} />;
  if (loaded) body = loaded;
  else if (!loading) {
    body = <RetryAlert error={error} onRetry={retry} />;
  }
  return (
    <Card data-testid={testId} sx={{ mb: 3 }}>
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="h2" component="h2">
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 1.5, maxWidth: 680 }}>
          {description}
        </Typography>
        {body}
        {footer}
      </CardContent>
    </Card>
  );
}
