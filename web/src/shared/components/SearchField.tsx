import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Search from '@mui/icons-material/Search';
import { LIMITS } from '@berth/domain';

/** The customer search box the customer list and the pool share. */
export function SearchField({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  return (
    <TextField
      fullWidth
      name="text"
      label="Search"
      placeholder="Company, email, phone or website"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{
        htmlInput: { 'data-testid': 'customer-search', maxLength: LIMITS.textSearch },
        input: { startAdornment: <InputAdornment position="start"><Search fontSize="small" /></InputAdornment> },
      }}
    />
  );
}
