import type { FormEvent, ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useT } from '../../../i18n/I18nProvider';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';

interface Props {
  /** Test ids and the form's id start with it: `assign-dialog`, `release-submit`. */
  name: string;
  title: string;
  /** Which customers, as a sentence above the fields. */
  target: ReactNode;
  /** Server problems no field shows. */
  formMessage: string[];
  busy: boolean;
  /** Once sent: what became of each customer, in place of the form. */
  results: ReactNode | null;
  submitLabel: string;
  submittingLabel: string;
  danger?: boolean;
  onSubmit: (event: FormEvent) => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The frame of a manager's move (assign, reassign, release): which customers, the fields, then
 * each customer's result in place of the form; the dialog stays until the manager closes it.
 * Full screen on a phone.
 */
export function MoveDialog({ name, title, target, formMessage, busy, results, submitLabel, submittingLabel, danger, onSubmit, onClose, children }: Props) {
  const t = useT();
  const phone = useIsPhone();
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullScreen={phone} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent dividers>
        {results ?? (
          <form id={`${name}-form`} data-testid={`${name}-dialog`} noValidate onSubmit={onSubmit}>
            <Stack spacing={2.5}>
              <div data-testid={`${name}-target`}>{target}</div>
              {formMessage.length > 0 ? (
                <Alert severity="error" data-testid={`${name}-error`}>{formMessage.join(' ')}</Alert>
              ) : null}
              {children}
            </Stack>
          </form>
        )}
      </DialogContent>
      <DialogActions>
        {results ? (
          <Button key="done" variant="contained" onClick={onClose} data-testid={`${name}-done`}>
            {t('pool.assign.done')}
          </Button>
        ) : (
          <>
            <Button color="inherit" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" form={`${name}-form`} variant="contained" color={danger ? 'warning' : 'primary'} disabled={busy} data-testid={`${name}-submit`}>
              {busy ? submittingLabel : submitLabel}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
