import { useMemo } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useT } from '../../../i18n/I18nProvider';
import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';

/** Every zone this browser knows, with UTC (which the list leaves out) and the saved zone first. */
function zoneOptions(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, 'UTC', ...known].filter(Boolean))];
}

/** The team's IANA time zone: day counts, the claim day and reminder days are read there. Zones are shown by their ids (Europe/Berlin) in every language. */
export function TimeZoneField({ form, disabled }: PolicySectionProps) {
  const t = useT();
  const value = form.values.teamTimeZone;
  const options = useMemo(() => zoneOptions(form.values.teamTimeZone), [form.values.teamTimeZone]);
  const error = form.errorFor('teamTimeZone');
  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_, next) => form.setValue('teamTimeZone', next ?? '')}
      disableClearable
      disabled={disabled}
      autoHighlight
      renderInput={(params) => (
        <TextField
          {...params}
          name="teamTimeZone"
          label={t('settings.field.teamTimeZone')}
          error={Boolean(error)}
          helperText={error ?? t('settings.hint.teamTimeZone')}
          onBlur={() => form.touch('teamTimeZone')}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'policy-teamTimeZone' } }}
        />
      )}
    />
  );
}
