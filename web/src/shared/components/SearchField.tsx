import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Search from '@mui/icons-material/Search';
import { LIMITS } from '@berth/domain';

/** The customer search box the customer list and the pool share; each says what its search matches. */
export function SearchField({
  value,
  onChange,
  placeholder = 'Company, email, phone or website',
}: {
  value: string;
  onChange: (text: string) => void;
  placeholder?: string;
}) {
  return (
    <TextField
      fullWidth
      name="text"
      label="Search"
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{
        htmlInput: { 'data-testid': 'customer-search', maxLength: LIMITS.textSearch },
        input: { startAdornment: <InputAdornment position="start"><Search fontSize="small" /></InputAdornment> },
      }}
    />
  );
}
