import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useT } from '../../../i18n/I18nProvider';

export interface FilterOption {
  value: string;
  label: string;
}

interface Props {
  name: string;
  label: string;
  value: string | undefined;
  options: FilterOption[];
  onChange: (value: string | undefined) => void;
}

/** A select whose empty choice means "no filter on this". */
export function FilterSelect({ name, label, value, options, onChange }: Props) {
  const t = useT();
  const known = options.some((o) => o.value === value);
  return (
    <TextField
      select
      name={name}
      label={label}
      value={known ? value : ''}
      onChange={(e) => onChange(e.target.value || undefined)}
      fullWidth
      slotProps={{ htmlInput: { 'data-testid': `filter-${name}` } }}
    >
      <MenuItem value="">
        <em>{t('customers.filter.any')}</em>
      </MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
