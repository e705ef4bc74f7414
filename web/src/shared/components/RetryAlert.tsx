import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { SxProps, Theme } from '@mui/material/styles';
import { describeError } from '../errors/describe-error';

interface Props {
  error: unknown;
  onRetry: () => unknown;
  sx?: SxProps<Theme>;
}

/** A failed load, said in the user's words, with a Retry button: how every page and panel reports one. */
export function RetryAlert({ error, onRetry, sx }: Props) {
  return (
    <Alert severity="error" sx={sx} action={<Button color="inherit" size="small" onClick={() => void onRetry()}>Retry</Button>}>
      {describeError(error).message}
    </Alert>
  );
}
