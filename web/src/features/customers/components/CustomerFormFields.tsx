import type { ChangeEvent, ReactNode } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { CUSTOMER_STATUSES, SUGGESTED_SOURCES } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import type { useValidatedForm } from '../../../shared/forms/useValidatedForm';
import { CUSTOMER_FIELD_LABELS as LABELS, STATUS_LABELS } from '../customer-labels';
import { suggestedAliasKind, type CustomerFormValues } from '../customer-form-values';
import type { Region, Tier } from '../customer-types';
import { CustomerAliasesField } from './CustomerAliasesField';
import { TagsInput } from './TagsInput';

type TextFieldName = 'companyName' | 'website' | 'email' | 'phone';

interface Props {
  form: ReturnType<typeof useValidatedForm<CustomerFormValues>>;
  lookups: { tiers: Tier[]; regions: Region[]; industries: string[] };
  autoFocusName: boolean;
  /** Shown right under the company name, where the rep is looking as they type it (the duplicate verdict). */
  belowName?: ReactNode;
}

/** The customer's fields, two columns from tablet width up, one on phones. */
export function CustomerFormFields({ form, lookups, autoFocusName, belowName }: Props) {
  const t = useT();
  const { values, setValue, touch, errorFor } = form;
  const { tiers, regions, industries } = lookups;

  const text = (name: TextFieldName, extra: { type?: string; required?: boolean; placeholder?: string } = {}) => ({
    name,
    label: t(LABELS[name]),
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setValue(name, e.target.value),
    onBlur: () => touch(name),
    error: Boolean(errorFor(name)),
    helperText: errorFor(name) ?? ' ',
    fullWidth: true,
    ...extra,
  });

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, rowGap: 0.5, pt: 1 }}>
      <Box sx={{ gridColumn: '1 / -1' }}>
        <TextField {...text('companyName', { required: true })} autoFocus={autoFocusName} />
        {belowName}
      </Box>
      <Box sx={{ gridColumn: '1 / -1' }}>
        <CustomerAliasesField
          rows={values.aliases}
          onChange={(aliases) => setValue('aliases', aliases)}
          onBlur={() => touch('aliases')}
          errorFor={errorFor}
          newKind={suggestedAliasKind(values.companyName, values.aliases)}
        />
      </Box>
      {/* i18n-exempt: a sample address, the same in every language */}
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
            label={t(LABELS.industry)}
            onBlur={() => touch('industry')}
            error={Boolean(errorFor('industry'))}
            helperText={errorFor('industry') ?? ' '}
          />
        )}
      />
      <TextField
        select
        name="regionId"
        label={t(LABELS.regionId)}
        value={regions.some((r) => r.id === values.regionId) ? values.regionId : ''}
        onChange={(e) => setValue('regionId', e.target.value)}
        onBlur={() => touch('regionId')}
        error={Boolean(errorFor('regionId'))}
        helperText={errorFor('regionId') ?? ' '}
      >
        <MenuItem value="">
          <em>{t('customers.form.noRegion')}</em>
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
            label={t(LABELS.source)}
            onBlur={() => touch('source')}
            error={Boolean(errorFor('source'))}
            helperText={errorFor('source') ?? ' '}
          />
        )}
      />
      <TextField
        select
        name="tier"
        label={t(LABELS.tier)}
        value={tiers.some((tier) => tier.code === values.tier) ? values.tier : ''}
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
        label={t(LABELS.status)}
        value={values.status}
        onChange={(e) => setValue('status', e.target.value as CustomerFormValues['status'])}
        error={Boolean(errorFor('status'))}
        helperText={errorFor('status') ?? ' '}
      >
        {CUSTOMER_STATUSES.map((status) => (
          <MenuItem key={status} value={status}>
            {t(STATUS_LABELS[status])}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ gridColumn: '1 / -1' }}>
        <TagsInput
          name="tags"
          label={t(LABELS.tags)}
          value={values.tags}
          onChange={(tags) => setValue('tags', tags)}
          onBlur={() => touch('tags')}
          error={errorFor('tags')}
          helperText={t('customers.form.tagsHelp')}
        />
      </Box>
    </Box>
  );
}
