import { useState } from 'react';
import { useNavigate } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { RETURN_NOTE_MAX_LENGTH } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import type { Translate } from '../../../i18n/translator';
import { isFormProblem } from '../../../shared/errors/describe-error';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { toFieldErrors, unplacedErrors, type FieldErrors } from '../../../shared/forms/field-errors';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { useReturnCustomer } from '../hooks/useReturnCustomer';
import { useReturnReasons } from '../hooks/useReturnReasons';
import { returnReasonLabel } from '../entry-reason-text';

const labels = (t: Translate) => ({ reasonCode: t('pool.return.reason'), note: t('pool.return.note') });

interface Props {
  open: boolean;
  customer: { id: string; companyName: string };
  onClose: () => void;
}

/** Gives the owner's customer back to the pool with one of the policy's reasons. */
export function ReturnToPoolDialog({ open, customer, onClose }: Props) {
  const t = useT();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const notify = useNotify();
  const handleError = useErrorHandler();
  const { reasons, loading: loadingReasons } = useReturnReasons(!open);
  const { returnCustomer, loading } = useReturnCustomer();
  const [reasonCode, setReasonCode] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const reason = reasons.find((r) => r.code === reasonCode);

  function validate(): FieldErrors {
    const found: FieldErrors = {};
    if (!reason) found.reasonCode = t('pool.return.chooseReason');
    else if (reason.noteRequired && note.trim() === '') found.note = t('pool.return.noteRequired', { reason: reason.label });
    if (note.length > RETURN_NOTE_MAX_LENGTH) found.note = t('field.rule.TOO_LONG', { label: t('pool.return.note'), max: RETURN_NOTE_MAX_LENGTH });
    return found;
  }

  async function submit() {
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await returnCustomer({ customerId: customer.id, reasonCode, note: note.trim() || null });
      notify(t('pool.return.done', { name: customer.companyName }), 'success');
      onClose();
      navigate('/customers');
    } catch (error) {
      const described = handleError(error, { inline: true });
      if (isFormProblem(described)) setErrors(toFieldErrors(described.fields, labels(t), t));
      else if (described.code !== 'UNAUTHENTICATED') setErrors({ form: described.message });
    }
  }

  const stray = unplacedErrors(errors, ['reasonCode', 'note']);

  return (
    <Dialog open={open} onClose={loading ? undefined : onClose} fullScreen={phone} fullWidth maxWidth="sm">
      <DialogTitle>{t('pool.return.title', { name: customer.companyName })}</DialogTitle>
      <DialogContent dividers>
        <form
          id="return-to-pool-form"
          data-testid="return-dialog"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {stray.length > 0 ? (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="return-error">
              {stray.join(' ')}
            </Alert>
          ) : null}
          {loadingReasons ? <CircularProgress size={20} aria-label={t('pool.return.loadingReasons')} /> : null}
          <FormControl error={Boolean(errors.reasonCode)} required fullWidth>
            <FormLabel id="return-reason-label">{t('pool.return.reason')}</FormLabel>
            <RadioGroup
              aria-labelledby="return-reason-label"
              name="reasonCode"
              value={reasonCode}
              onChange={(e) => {
                setReasonCode(e.target.value);
                setErrors((current) => ({ ...current, reasonCode: '', note: '' }));
              }}
            >
              {reasons.map((r) => (
                <FormControlLabel
                  key={r.code}
                  value={r.code}
                  control={<Radio />}
                  label={r.noteRequired ? t('pool.return.reasonNeedsNote', { reason: returnReasonLabel(r.code, r.label, t) }) : returnReasonLabel(r.code, r.label, t)}
                  data-testid={`return-reason-${r.code}`}
                />
              ))}
            </RadioGroup>
            {errors.reasonCode ? <FormHelperText data-testid="return-reason-error">{errors.reasonCode}</FormHelperText> : null}
          </FormControl>
          <TextField
            name="note"
            label={t('pool.return.note')}
            fullWidth
            multiline
            minRows={3}
            sx={{ mt: 2 }}
            required={Boolean(reason?.noteRequired)}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={Boolean(errors.note)}
            helperText={errors.note || t('pool.return.noteHelper')}
            slotProps={{ htmlInput: { maxLength: RETURN_NOTE_MAX_LENGTH, 'data-testid': 'return-note' } }}
          />
        </form>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={loading} color="inherit">
          {t('common.cancel')}
        </Button>
        <Button type="submit" form="return-to-pool-form" variant="contained" color="warning" disabled={loading} data-testid="return-submit">
          {loading ? t('pool.return.submitting') : t('pool.return.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
