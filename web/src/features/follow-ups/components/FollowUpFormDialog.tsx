import { useCallback, useId, type ChangeEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { FOLLOW_UP_TYPES, type FollowUpType } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { toDateTimeInputValue } from '../../../shared/forms/date-time-input';
import { useDialogFormSubmit } from '../../../shared/forms/useDialogFormSubmit';
import { useValidatedForm } from '../../../shared/forms/useValidatedForm';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { useNow } from '../../../shared/hooks/useNow';
import {
  countedHint,
  emptyFollowUpForm,
  followUpProblemsToErrors,
  validateFollowUpForm,
  type FollowUpFormValues,
} from '../follow-up-form-values';
import { FOLLOW_UP_FIELD_LABELS as LABELS, FOLLOW_UP_TYPE_LABELS } from '../follow-up-labels';
import { CountedHint } from './CountedHint';

type TextName = 'content' | 'occurredAt' | 'nextStep' | 'remindAt';

interface Props {
  onSubmit: (values: FollowUpFormValues) => Promise<void>;
  onClose: () => void;
}

/** Log one follow-up. Mount it only while open, so it starts at "a call, just now". */
export function FollowUpFormDialog({ onSubmit, onClose }: Props) {
  const phone = useIsPhone();
  const formId = useId();
  const now = useNow(30_000);
  const t = useT();
  const validate = useCallback((values: FollowUpFormValues) => validateFollowUpForm(values, t), [t]);
  const form = useValidatedForm({ initial: emptyFollowUpForm(), validate });
  const { values, setValue, touch, errorFor } = form;
  const { busy, formMessage, submit } = useDialogFormSubmit({
    form,
    onSubmit,
    onClose,
    toErrors: (fields) => followUpProblemsToErrors(fields, t),
    fields: Object.keys(LABELS),
  });

  const textProps = (name: TextName) => ({
    name,
    label: t(LABELS[name]),
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setValue(name, e.target.value),
    onBlur: () => touch(name),
    error: Boolean(errorFor(name)),
    helperText: errorFor(name) ?? ' ',
    fullWidth: true,
  });
  const dateTimeProps = (name: 'occurredAt' | 'remindAt', limits: { min?: string; max?: string }) => ({
    ...textProps(name),
    type: 'datetime-local',
    slotProps: { inputLabel: { shrink: true }, htmlInput: { ...limits, step: 60 } },
  });

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullScreen={phone} fullWidth maxWidth="sm">
      <DialogTitle>{t('followUps.form.title')}</DialogTitle>
      <DialogContent dividers>
        <Box
          component="form"
          id={formId}
          onSubmit={submit}
          noValidate
          data-testid="follow-up-form"
          sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, rowGap: 0.5, pt: 1 }}
        >
          {formMessage.length > 0 ? (
            <Alert severity="error" sx={{ mb: 2, gridColumn: '1 / -1' }}>
              {formMessage.join(' ')}
            </Alert>
          ) : null}
          <TextField
            select
            name="type"
            label={t(LABELS.type)}
            value={values.type}
            onChange={(e) => setValue('type', e.target.value as FollowUpType)}
            error={Boolean(errorFor('type'))}
            helperText={errorFor('type') ?? ' '}
            fullWidth
          >
            {FOLLOW_UP_TYPES.map((type) => (
              <MenuItem key={type} value={type}>
                {t(FOLLOW_UP_TYPE_LABELS[type])}
              </MenuItem>
            ))}
          </TextField>
          <TextField {...dateTimeProps('occurredAt', { max: toDateTimeInputValue(now) })} required />
          <Box sx={{ gridColumn: '1 / -1' }}>
            <TextField
              {...textProps('content')}
              helperText={errorFor('content')}
              placeholder={t('followUps.form.contentPlaceholder')}
              required
              multiline
              minRows={3}
              maxRows={10}
              autoFocus
            />
            <CountedHint hint={countedHint(values, t)} />
          </Box>
          <TextField {...textProps('nextStep')} placeholder={t('followUps.form.nextStepPlaceholder')} />
          <TextField {...dateTimeProps('remindAt', { min: values.occurredAt || undefined })} />
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} disabled={busy} color="inherit">
          {t('common.cancel')}
        </Button>
        <Button type="submit" form={formId} variant="contained" disabled={busy} data-testid="follow-up-form-submit">
          {busy ? t('followUps.form.saving') : t('followUps.form.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
