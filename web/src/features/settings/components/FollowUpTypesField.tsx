import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { FOLLOW_UP_TYPES, type FollowUpType } from '@berth/domain';
import { FOLLOW_UP_TYPE_LABELS } from '../../follow-ups/follow-up-labels';
import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { POLICY_FIELD_LABELS } from '../pool-policy-labels';

/** Which kinds of follow-up extend protection; every kind stays on the timeline either way. */
export function FollowUpTypesField({ form, disabled }: PolicySectionProps) {
  const chosen = form.values.followUpTypes;
  const error = form.errorFor('followUpTypes');

  // Keeps the saved order, so ticking a box off and on again is no change at all.
  function toggle(type: FollowUpType, on: boolean) {
    form.setValue('followUpTypes', on ? [...chosen, type] : chosen.filter((t) => t !== type));
    form.touch('followUpTypes');
  }

  return (
    <FormControl component="fieldset" error={Boolean(error)} disabled={disabled} data-testid="policy-followUpTypes" sx={{ minWidth: 0 }}>
      <FormLabel component="legend" sx={{ typography: 'body2' }}>
        {POLICY_FIELD_LABELS.followUpTypes}
      </FormLabel>
      <FormGroup row sx={{ columnGap: 1 }}>
        {FOLLOW_UP_TYPES.map((type) => {
          const input = { 'data-testid': `policy-followUpType-${type}` };
          return (
            <FormControlLabel
              key={type}
              label={FOLLOW_UP_TYPE_LABELS[type]}
              sx={{ mr: 1 }}
              control={<Checkbox size="small" checked={chosen.includes(type)} onChange={(e) => toggle(type, e.target.checked)} slotProps={{ input }} />}
            />
          );
        })}
      </FormGroup>
      <FormHelperText sx={{ mx: 0 }}>{error ?? 'Only these kinds extend protection; notes and the rest still show on the timeline.'}</FormHelperText>
    </FormControl>
  );
}
