import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { SxProps, Theme } from '@mui/material/styles';
import { useT } from '../../i18n/I18nProvider';
import { describeError } from '../errors/describe-error';

interface Props {
  error: unknown;
  onRetry: () => unknown;
  sx?: SxProps<Theme>;
}

/** A failed load, said in the user's words, with a Retry button: how every page and panel reports one. */
export function RetryAlert({ error, onRetry, sx }: Props) {
  const t = useT();
  return (
    <Alert severity="error" sx={sx} action={<Button color="inherit" size="small" onClick={() => void onRetry()}>{t('common.retry')}</Button>}>
      {describeError(error, t).message}
    </Alert>
  );
}
