import { useId, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useT } from '../../../i18n/I18nProvider';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { ClaimInsteadContext } from '../../duplicates/components/claim-instead-context';
import { DuplicateVerdictHint } from '../../duplicates/components/DuplicateVerdictHint';
import { SaveBlockedReason } from '../../duplicates/components/SaveBlockedReason';
import type { CustomerFormValues } from '../customer-form-values';
import { CustomerForm, duplicatePanelId, type CustomerFormStatus, type CustomerSaveOptions } from './CustomerForm';

interface Props {
  open: boolean;
  mode: 'create' | 'edit';
  title: string;
  submitLabel: string;
  initial: CustomerFormValues;
  /** The customer being edited, if any. */
  customerId?: string;
  onSubmit: (values: CustomerFormValues, options: CustomerSaveOptions) => Promise<void>;
  onClose: () => void;
}

const IDLE: CustomerFormStatus = { busy: false, blockedReason: null, duplicateAttention: null };

/** The dialog frame around CustomerForm; full screen on phones, where a modal card is cramped. */
export function CustomerFormDialog({ open, mode, title, submitLabel, initial, customerId, onSubmit, onClose }: Props) {
  const t = useT();
  const phone = useIsPhone();
  const formId = useId();
  const reasonId = `${formId}-blocked`;
  const panelId = duplicatePanelId(formId);
  const [{ busy, blockedReason, duplicateAttention }, setStatus] = useState(IDLE);
  // Claiming a pool match instead of entering it again ends this form.
  const claimInstead = useMemo(() => ({ onClaimed: onClose }), [onClose]);

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullScreen={phone} fullWidth maxWidth="md">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent dividers>
        {/* Dialog unmounts its content when closed, so each opening starts again from `initial`. */}
        <ClaimInsteadContext.Provider value={claimInstead}>
          <CustomerForm
            mode={mode}
            initial={initial}
            customerId={customerId}
            onSubmit={onSubmit}
            formId={formId}
            onStatusChange={setStatus}
          />
        </ClaimInsteadContext.Provider>
      </DialogContent>
      <DialogActions disableSpacing sx={{ px: { xs: 2, sm: 3 }, py: 1.5, flexWrap: 'wrap', gap: 1 }}>
        {blockedReason ? (
          // Right before the buttons it explains; on a phone it takes its own line above them.
          <Box sx={{ flex: { xs: '1 1 100%', sm: '1 1 0' }, minWidth: 0, display: 'flex', justifyContent: 'flex-end' }}>
            <SaveBlockedReason reason={blockedReason} id={reasonId} panelId={panelId} />
          </Box>
        ) : (
          <>
            {duplicateAttention === 'WARN' ? <DuplicateVerdictHint panelId={panelId} /> : null}
            <Box sx={{ flex: 1 }} />
          </>
        )}
        <Button onClick={onClose} disabled={busy} color="inherit">
          {t('common.cancel')}
        </Button>
        <Button
          type="submit"
          form={formId}
          variant="contained"
          disabled={busy || blockedReason !== null}
          aria-describedby={blockedReason ? reasonId : undefined}
          data-testid="customer-form-submit"
          sx={{ whiteSpace: 'nowrap' }}
        >
          {busy ? t('customers.saving') : submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
