import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { PolicyChange } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import type { Translate } from '../../../i18n/translator';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import type { PolicyPreview } from '../hooks/usePolicyPreview';
import { previewHeadline } from '../pool-policy-labels';
import { PolicyChangeList } from './PolicyChangeList';

const mostAffected = (preview: PolicyPreview, t: Translate) =>
  preview.reps
    .slice(0, 3)
    .map((r) => t('settings.saveDialog.rep', { name: r.rep.name, count: r.count }))
    .join(t('settings.value.separator'));

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
  const t = useT();
  const phone = useIsPhone();
  return (
    <Dialog open onClose={saving ? undefined : onClose} fullScreen={phone} fullWidth maxWidth="sm" data-testid="save-policy-dialog">
      <DialogTitle>{t('settings.saveDialog.title')}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
          {t('settings.saveDialog.changes')}
        </Typography>
        <PolicyChangeList changes={changes} />
        <Typography variant="subtitle2" sx={{ mt: 2, mb: 0.5 }}>
          {t('settings.saveDialog.recycles')}
        </Typography>
        {preview ? (
          <Alert severity={preview.total > preview.totalUnderCurrent ? 'warning' : 'info'} data-testid="save-policy-preview">
            {preview.reps.length > 0
              ? t('settings.saveDialog.mostAffected', { headline: previewHeadline(preview, t), reps: mostAffected(preview, t) })
              : previewHeadline(preview, t)}
          </Alert>
        ) : (
          <LinearProgress aria-label={t('settings.preview.working')} />
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {t('settings.saveDialog.note')}
        </Typography>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} disabled={saving} color="inherit">
          {t('common.cancel')}
        </Button>
        <Button variant="contained" onClick={onConfirm} disabled={saving || !preview} data-testid="confirm-save-policy">
          {saving ? t('settings.saving') : t('settings.saveDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
