import { useMemo } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { POLICY_FIELD_LABELS } from '../pool-policy-labels';

/** Every zone this browser knows, with UTC (which the list leaves out) and the saved zone first. */
function zoneOptions(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, 'UTC', ...known].filter(Boolean))];
}

/** The team's IANA time zone: day counts, the claim day and reminder days are read there. */
export function TimeZoneField({ form, disabled }: PolicySectionProps) {
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
          label={POLICY_FIELD_LABELS.teamTimeZone}
          error={Boolean(error)}
          helperText={error ?? 'Days, the claim day and reminders follow this zone.'}
          onBlur={() => form.touch('teamTimeZone')}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'policy-teamTimeZone' } }}
        />
      )}
    />
  );
}
