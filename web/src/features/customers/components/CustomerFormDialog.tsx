import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import type { CustomerFormValues } from '../customer-form-values';
import { CustomerForm } from './CustomerForm';

interface Props {
  open: boolean;
  mode: 'create' | 'edit';
  title: string;
  submitLabel: string;
  initial: CustomerFormValues;
  onSubmit: (values: CustomerFormValues) => Promise<void>;
  onClose: () => void;
}

/** The dialog frame around CustomerForm; full screen on phones, where a modal card is cramped. */
export function CustomerFormDialog({ open, mode, title, submitLabel, initial, onSubmit, onClose }: Props) {
  const phone = useIsPhone();
  const formId = useId();
  const [busy, setBusy] = useState(false);

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullScreen={phone} fullWidth maxWidth="md">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent dividers>
        {/* Dialog unmounts its content when closed, so each opening starts again from `initial`. */}
        <CustomerForm mode={mode} initial={initial} onSubmit={onSubmit} formId={formId} onBusyChange={setBusy} />
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} disabled={busy} color="inherit">
          Cancel
        </Button>
        <Button type="submit" form={formId} variant="contained" disabled={busy} data-testid="customer-form-submit">
          {busy ? 'Saving…' : submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
