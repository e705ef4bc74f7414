import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useT } from '../../../i18n/I18nProvider';

interface Props {
  /** Customers the import created: the most an undo removes. */
  created: number;
  busy: boolean;
  onKeep: () => void;
  onUndo: () => void;
}

/** Undoing is asked once, saying what goes (created customers nobody has worked on since) and what stays. */
export function UndoImportDialog({ created, busy, onKeep, onUndo }: Props) {
  const t = useT();
  return (
    <Dialog open onClose={busy ? undefined : onKeep} maxWidth="sm" fullWidth data-testid="undo-import-dialog">
      <DialogTitle>{t('imports.undo.confirmTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1.5 }}>{t('imports.undo.confirmRemoves', { count: created })}</DialogContentText>
        <DialogContentText sx={{ mb: 1.5 }}>{t('imports.undo.confirmKeeps')}</DialogContentText>
        <DialogContentText>{t('imports.undo.confirmStays')}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onKeep} disabled={busy} color="inherit" data-testid="keep-import">
          {t('imports.undo.keep')}
        </Button>
        <Button color="warning" variant="contained" onClick={onUndo} disabled={busy} data-testid="confirm-undo-import">
          {t(busy ? 'imports.undo.confirming' : 'imports.undo.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
