import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useT } from '../../../i18n/I18nProvider';
import type { PoolPolicyFormState } from '../hooks/usePoolPolicyForm';
import { policyUnitName } from '../pool-policy-labels';
import type { NumberFieldName } from '../pool-policy-form';

interface Props {
  /** The setting's path: the field's name, its test id and where its problems are filed. */
  path: string;
  label: string;
  unit?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  hint?: string;
  placeholder?: string;
  disabled: boolean;
}

/** A whole-number setting with its unit beside it and its problem (or a hint) under it. */
export function PolicyNumberField({ path, label, unit, value, onChange, onBlur, error, hint, placeholder, disabled }: Props) {
  return (
    <TextField
      name={path}
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
      error={Boolean(error)}
      helperText={error ?? hint ?? ' '}
      placeholder={placeholder}
      disabled={disabled}
      fullWidth
      slotProps={{
        htmlInput: { inputMode: 'numeric', 'data-testid': `policy-${path}` },
        input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : undefined,
        inputLabel: placeholder ? { shrink: true } : undefined,
      }}
    />
  );
}

interface CountProps {
  form: PoolPolicyFormState;
  name: NumberFieldName;
  hint?: string;
  disabled: boolean;
}

/** A top-level count of the policy (daily claim limit, extension days, …), wired to the form. */
export function PolicyCountField({ form, name, hint, disabled }: CountProps) {
  const t = useT();
  return (
    <PolicyNumberField
      path={name}
      label={t(`settings.field.${name}`)}
      unit={policyUnitName(name, t)}
      value={form.values[name]}
      onChange={(value) => form.setValue(name, value)}
      onBlur={() => form.touch(name)}
      error={form.errorFor(name)}
      hint={hint}
      disabled={disabled}
    />
  );
}
