import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useT } from '../../../i18n/I18nProvider';

interface Props {
  busy: boolean;
  onKeep: () => void;
  onStop: () => void;
}

/** Stopping an import is asked once: what is written stays, and the rows not reached are not imported. */
export function CancelImportDialog({ busy, onKeep, onStop }: Props) {
  const t = useT();
  return (
    <Dialog open onClose={busy ? undefined : onKeep} maxWidth="xs" fullWidth data-testid="cancel-import-dialog">
      <DialogTitle>{t('imports.write.cancelTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('imports.write.cancelBody')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep} disabled={busy} color="inherit" data-testid="keep-importing">
          {t('imports.write.keep')}
        </Button>
        <Button color="error" variant="contained" onClick={onStop} disabled={busy} data-testid="confirm-cancel-import">
          {t(busy ? 'imports.write.stopping' : 'imports.write.stop')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
