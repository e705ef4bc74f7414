import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { CUSTOMER_STATUSES, SUGGESTED_SOURCES } from '@berth/domain';
import { describeError } from '../../../shared/errors/describe-error';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { toFieldErrors, unplacedErrors } from '../../../shared/forms/field-errors';
import { useValidatedForm } from '../../../shared/forms/useValidatedForm';
import { CUSTOMER_FIELD_LABELS as LABELS, STATUS_LABELS } from '../customer-labels';
import { CUSTOMER_FORM_FIELDS, validateCustomerForm, type CustomerFormValues } from '../customer-form-values';
import { useCustomerLookups } from '../hooks/useCustomerLookups';
import { TagsInput } from './TagsInput';

type TextFieldName = 'companyName' | 'website' | 'email' | 'phone';

interface Props {
  mode: 'create' | 'edit';
  initial: CustomerFormValues;
  /** Rejects with the API error; BAD_USER_INPUT field problems land on their fields. */
  onSubmit: (values: CustomerFormValues) => Promise<void>;
  /** The form element's id, so dialog actions outside the form can submit it. */
  formId: string;
  onBusyChange?: (busy: boolean) => void;
}

/** One form for creating and editing a customer; the dialogs around it decide which mutation runs. */
export function CustomerForm({ mode, initial, onSubmit, formId, onBusyChange }: Props) {
  const handleError = useErrorHandler();
  const { tiers, regions, industries } = useCustomerLookups({ withOwners: false });
  const form = useValidatedForm({ initial, validate: validateCustomerForm });
  const { values, setValue, touch, errorFor } = form;
  const [busy, setBusy] = useState(false);
  const [formMessage, setFormMessage] = useState<string[]>([]);
  const onBusy = useRef(onBusyChange);
  onBusy.current = onBusyChange;
  useEffect(() => onBusy.current?.(busy), [busy]);

  // A new customer starts in the lowest-ranked tier (the long tail) rather than an unset one.
  useEffect(() => {
    if (mode === 'create' && !values.tier && tiers.length > 0) setValue('tier', tiers[tiers.length - 1].code);
  }, [mode, setValue, tiers, values.tier]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormMessage([]);
    if (!form.attemptSubmit()) return;
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const described = handleError(error, { inline: describeError(error).fields.length > 0 });
      const serverErrors = toFieldErrors(described.fields, LABELS);
      form.setServerErrors(serverErrors);
      setFormMessage(unplacedErrors(serverErrors, CUSTOMER_FORM_FIELDS));
    } finally {
      setBusy(false);
    }
  }

  const text = (name: TextFieldName, extra: { type?: string; required?: boolean; placeholder?: string } = {}) => ({
    name,
    label: LABELS[name],
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setValue(name, e.target.value),
    onBlur: () => touch(name),
    error: Boolean(errorFor(name)),
    helperText: errorFor(name) ?? ' ',
    fullWidth: true,
    ...extra,
  });

  return (
    <Box component="form" id={formId} onSubmit={submit} noValidate data-testid="customer-form" aria-busy={busy}>
      {formMessage.length > 0 ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {formMessage.join(' ')}
        </Alert>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, rowGap: 0.5, pt: 1 }}>
        <Box sx={{ gridColumn: '1 / -1' }}>
          <TextField {...text('companyName', { required: true })} autoFocus={mode === 'create'} />
        </Box>
        <TextField {...text('website', { placeholder: 'acme.com' })} />
        <TextField {...text('email', { type: 'email' })} />
        <TextField {...text('phone', { type: 'tel' })} />
        <Autocomplete
          freeSolo
          options={industries}
          inputValue={values.industry}
          onInputChange={(_, next) => setValue('industry', next)}
          renderInput={(params) => (
            <TextField
              {...params}
              name="industry"
              label={LABELS.industry}
              onBlur={() => touch('industry')}
              error={Boolean(errorFor('industry'))}
              helperText={errorFor('industry') ?? ' '}
            />
          )}
        />
        <TextField
          select
          name="regionId"
          label={LABELS.regionId}
          value={regions.some((r) => r.id === values.regionId) ? values.regionId : ''}
          onChange={(e) => setValue('regionId', e.target.value)}
          onBlur={() => touch('regionId')}
          error={Boolean(errorFor('regionId'))}
          helperText={errorFor('regionId') ?? ' '}
        >
          <MenuItem value="">
            <em>No region</em>
          </MenuItem>
          {regions.map((region) => (
            <MenuItem key={region.id} value={region.id}>
              {region.name}
            </MenuItem>
          ))}
        </TextField>
        <Autocomplete
          freeSolo
          options={[...SUGGESTED_SOURCES]}
          inputValue={values.source}
          onInputChange={(_, next) => setValue('source', next)}
          renderInput={(params) => (
            <TextField
              {...params}
              name="source"
              label={LABELS.source}
              onBlur={() => touch('source')}
              error={Boolean(errorFor('source'))}
              helperText={errorFor('source') ?? ' '}
            />
          )}
        />
        <TextField
          select
          name="tier"
          label={LABELS.tier}
          value={tiers.some((t) => t.code === values.tier) ? values.tier : ''}
          onChange={(e) => setValue('tier', e.target.value)}
          error={Boolean(errorFor('tier'))}
          helperText={errorFor('tier') ?? ' '}
        >
          {tiers.map((tier) => (
            <MenuItem key={tier.code} value={tier.code}>
              {tier.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          name="status"
          label={LABELS.status}
          value={values.status}
          onChange={(e) => setValue('status', e.target.value as CustomerFormValues['status'])}
          error={Boolean(errorFor('status'))}
          helperText={errorFor('status') ?? ' '}
        >
          {CUSTOMER_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {STATUS_LABELS[status]}
            </MenuItem>
          ))}
        </TextField>
        <Box sx={{ gridColumn: '1 / -1' }}>
          <TagsInput
            name="tags"
            label={LABELS.tags}
            value={values.tags}
            onChange={(tags) => setValue('tags', tags)}
            onBlur={() => touch('tags')}
            error={errorFor('tags')}
            helperText="Press Enter after each tag"
          />
        </Box>
      </Box>
    </Box>
  );
}
