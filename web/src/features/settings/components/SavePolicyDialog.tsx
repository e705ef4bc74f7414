import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { PolicyChange } from '@berth/domain';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import type { PolicyPreview } from '../hooks/usePolicyPreview';
import { previewHeadline } from '../pool-policy-labels';
import { PolicyChangeList } from './PolicyChangeList';

const mostAffected = (preview: PolicyPreview) =>
  preview.reps
    .slice(0, 3)
    .map((r) => `${r.rep.name} (${r.count})`)
    .join(', ');

interface Props {
  changes: readonly PolicyChange[];
  /** The what-if of exactly these changes; null while it is worked out. */
  preview: PolicyPreview | null;
  saving: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** The last look before a new policy version: what changes, and what it would recycle this week. */
export function SavePolicyDialog({ changes, preview, saving, onConfirm, onClose }: Props) {
  const phone = useIsPhone();
  return (
    <Dialog open onClose={saving ? undefined : onClose} fullScreen={phone} fullWidth maxWidth="sm" data-testid="save-policy-dialog">
      <DialogTitle>Save the pool policy?</DialogTitle>
      <DialogContent dividers>
        <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
          What changes
        </Typography>
        <PolicyChangeList changes={changes} />
        <Typography variant="subtitle2" sx={{ mt: 2, mb: 0.5 }}>
          What it would recycle
        </Typography>
        {preview ? (
          <Alert severity={preview.total > preview.totalUnderCurrent ? 'warning' : 'info'} data-testid="save-policy-preview">
            {previewHeadline(preview)}
            {preview.reps.length > 0 ? ` Most affected: ${mostAffected(preview)}.` : ''}
          </Alert>
        ) : (
          <LinearProgress aria-label="Working out the preview" />
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          Saving records a new version and recomputes every owned customer's protection end under the new rules.
        </Typography>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} disabled={saving} color="inherit">
          Cancel
        </Button>
        <Button variant="contained" onClick={onConfirm} disabled={saving || !preview} data-testid="confirm-save-policy">
          {saving ? 'Saving…' : 'Save policy'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
