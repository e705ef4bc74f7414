import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import { useT } from '../../../i18n/I18nProvider';

interface Props {
  checked: boolean;
  onChange: (checked: boolean) => void;
  error: string | null;
}

// Declared apart: the slot's type lists no data-* attributes, but the input renders them.
const INPUT_PROPS = { 'data-testid': 'acknowledge-duplicates', 'aria-required': true };

/** A warned match is saved only on purpose: the user confirms they looked and it is another company. */
export function AcknowledgeDuplicates({ checked, onChange, error }: Props) {
  const t = useT();
  return (
    <FormControl required error={Boolean(error)} sx={{ mt: 1, display: 'flex' }}>
      <FormControlLabel
        control={
          <Checkbox
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
            slotProps={{ input: INPUT_PROPS }}
          />
        }
        label={t('duplicates.acknowledge')}
      />
      {error ? <FormHelperText sx={{ mt: 0 }}>{error}</FormHelperText> : null}
    </FormControl>
  );
}
