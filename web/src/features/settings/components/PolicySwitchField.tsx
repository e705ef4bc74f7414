import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import type { PoolPolicyFormState } from '../hooks/usePoolPolicyForm';
import { POLICY_FIELD_LABELS } from '../pool-policy-labels';

type SwitchName = 'excludeWon' | 'excludeLocked' | 'holdingCapCountsWon';

interface Props {
  form: PoolPolicyFormState;
  name: SwitchName;
  hint: string;
  disabled: boolean;
}

/** A yes/no setting, labelled as a statement that the switch makes true. */
export function PolicySwitchField({ form, name, hint, disabled }: Props) {
  const error = form.errorFor(name);
  const input = { 'data-testid': `policy-${name}` };
  return (
    <Box>
      <FormControlLabel
        control={
          <Switch
            checked={form.values[name]}
            onChange={(e) => form.setValue(name, e.target.checked)}
            disabled={disabled}
            slotProps={{ input }}
          />
        }
        label={POLICY_FIELD_LABELS[name]}
      />
      <FormHelperText error={Boolean(error)} sx={{ mt: 0, ml: 6 }}>
        {error ?? hint}
      </FormHelperText>
    </Box>
  );
}
