import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import { useT } from '../../../i18n/I18nProvider';

interface Props {
  /** What ends: someone else's access, or the viewer's own (leaving). */
  question: string;
  confirmLabel: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Ending access is asked once: a colleague who is removed loses the customer from their lists at once. */
export function ConfirmRemoveDialog({ question, confirmLabel, busy, onCancel, onConfirm }: Props) {
  const t = useT();
  return (
    <Dialog open onClose={busy ? undefined : onCancel} maxWidth="xs" fullWidth>
      <DialogContent>
        <DialogContentText>{question}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy} color="inherit">
          {t('common.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={onConfirm} disabled={busy} data-testid="confirm-remove-collaborator">
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
