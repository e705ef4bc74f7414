import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Search from '@mui/icons-material/Search';
import { LIMITS } from '@berth/domain';
import { useT } from '../../i18n/I18nProvider';

/** The customer search box the customer list and the pool share; each says what its search matches. */
export function SearchField({
  value,
  onChange,
  placeholder,
}: {
  value: string;
  onChange: (text: string) => void;
  placeholder?: string;
}) {
  const t = useT();
  return (
    <TextField
      fullWidth
      name="text"
      label={t('shared.search.label')}
      placeholder={placeholder ?? t('shared.search.placeholder')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{
        htmlInput: { 'data-testid': 'customer-search', maxLength: LIMITS.textSearch },
        input: { startAdornment: <InputAdornment position="start"><Search fontSize="small" /></InputAdornment> },
      }}
    />
  );
}
