import { useCallback, useId } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { LIMITS } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { useDialogFormSubmit } from '../../../shared/forms/useDialogFormSubmit';
import { useValidatedForm } from '../../../shared/forms/useValidatedForm';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { contactProblemsToErrors, validateContactForm, type ContactFormValues } from '../contact-form-values';
import { CONTACT_FIELD_LABELS as LABELS } from '../customer-labels';
import { MultiValueField } from './MultiValueField';

interface Props {
  title: string;
  initial: ContactFormValues;
  onSubmit: (values: ContactFormValues) => Promise<void>;
  onClose: () => void;
}

/** Add or edit one contact. Mount it only while open, so it starts from `initial`. */
export function ContactFormDialog({ title, initial, onSubmit, onClose }: Props) {
  const phone = useIsPhone();
  const formId = useId();
  const t = useT();
  const validate = useCallback((values: ContactFormValues) => validateContactForm(values, t), [t]);
  const form = useValidatedForm({ initial, validate });
  const { values, setValue, touch, errorFor } = form;
  const { busy, formMessage, submit } = useDialogFormSubmit({
    form,
    onSubmit,
    onClose,
    toErrors: (fields, submitted) => contactProblemsToErrors(fields, submitted, t),
    fields: Object.keys(LABELS),
  });

  const textProps = (name: 'name' | 'title') => ({
    name,
    label: t(LABELS[name]),
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValue(name, e.target.value),
    onBlur: () => touch(name),
    error: Boolean(errorFor(name)),
    helperText: errorFor(name) ?? ' ',
    fullWidth: true,
  });

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullScreen={phone} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent dividers>
        <Box component="form" id={formId} onSubmit={submit} noValidate data-testid="contact-form" sx={{ pt: 1 }}>
          {formMessage.length > 0 ? <Alert severity="error" sx={{ mb: 2 }}>{formMessage.join(' ')}</Alert> : null}
          <TextField {...textProps('name')} required autoFocus />
          <TextField {...textProps('title')} />
          <MultiValueField
            name="phones"
            label={t(LABELS.phones)}
            itemLabel={(n) => t('field.item.phone', { n })}
            addLabel={t('customers.contacts.addPhone')}
            removeLabel={(n) => t('customers.contacts.removePhone', { n })}
            type="tel"
            values={values.phones}
            max={LIMITS.contactPhones}
            onChange={(phones) => setValue('phones', phones)}
            onBlur={() => touch('phones')}
            errorFor={errorFor}
          />
          <MultiValueField
            name="emails"
            label={t(LABELS.emails)}
            itemLabel={(n) => t('field.item.email', { n })}
            addLabel={t('customers.contacts.addEmail')}
            removeLabel={(n) => t('customers.contacts.removeEmail', { n })}
            type="email"
            values={values.emails}
            max={LIMITS.contactEmails}
            onChange={(emails) => setValue('emails', emails)}
            onBlur={() => touch('emails')}
            errorFor={errorFor}
          />
          <TextField
            name="birthday"
            label={t(LABELS.birthday)}
            type="date"
            value={values.birthday}
            onChange={(e) => setValue('birthday', e.target.value)}
            onBlur={() => touch('birthday')}
            error={Boolean(errorFor('birthday'))}
            helperText={errorFor('birthday') ?? ' '}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ mt: 1.5, maxWidth: 220 }}
            fullWidth
          />
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} disabled={busy} color="inherit">
          {t('common.cancel')}
        </Button>
        <Button type="submit" form={formId} variant="contained" disabled={busy} data-testid="contact-form-submit">
          {busy ? t('customers.saving') : t('customers.contacts.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
