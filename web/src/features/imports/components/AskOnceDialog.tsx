import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

interface Props {
  title: string;
  /** What the step does and what it leaves, a paragraph each. */
  paragraphs: readonly string[];
  /** The way back, on the left: nothing is sent. */
  keepLabel: string;
  /** The step itself; its wording says so while it is being sent. */
  confirmLabel: string;
  /** Stopping is an error colour, undoing a warning one. */
  color: 'error' | 'warning';
  /** A longer question wants a wider dialog. */
  maxWidth?: 'xs' | 'sm';
  /** The step is being sent: neither button, nor a click outside, does anything until it answers. */
  busy: boolean;
  onKeep: () => void;
  onConfirm: () => void;
  /** The dialog's and its buttons' test ids, named where it is asked so they can be found from there. */
  testIds: { dialog: string; keep: string; confirm: string };
}

/** A step on an import that cannot be taken back (stopping its write, undoing it) is asked once, saying what it does. */
export function AskOnceDialog({ title, paragraphs, keepLabel, confirmLabel, color, maxWidth = 'xs', busy, onKeep, onConfirm, testIds }: Props) {
  return (
    <Dialog open onClose={busy ? undefined : onKeep} maxWidth={maxWidth} fullWidth data-testid={testIds.dialog}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {paragraphs.map((paragraph, i) => (
          <DialogContentText key={i} sx={i < paragraphs.length - 1 ? { mb: 1.5 } : undefined}>
            {paragraph}
          </DialogContentText>
        ))}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onKeep} disabled={busy} color="inherit" data-testid={testIds.keep}>
          {keepLabel}
        </Button>
        <Button color={color} variant="contained" onClick={onConfirm} disabled={busy} data-testid={testIds.confirm}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
