import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import { useT } from '../../../i18n/I18nProvider';
import type { PoolPolicyFormState } from '../hooks/usePoolPolicyForm';

type SwitchName = 'excludeWon' | 'excludeLocked' | 'holdingCapCountsWon' | 'departuresNeedApproval' | 'crossDepartmentMovesNeedApproval';

interface Props {
  form: PoolPolicyFormState;
  name: SwitchName;
  hint: string;
  disabled: boolean;
}

/** A yes/no setting, labelled as a statement that the switch makes true. */
export function PolicySwitchField({ form, name, hint, disabled }: Props) {
  const t = useT();
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
        label={t(`settings.field.${name}`)}
      />
      <FormHelperText error={Boolean(error)} sx={{ mt: 0, ml: 6 }}>
        {error ?? hint}
      </FormHelperText>
    </Box>
  );
}
