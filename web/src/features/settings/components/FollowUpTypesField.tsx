import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { FOLLOW_UP_TYPES, type FollowUpType } from '@berth/domain';
import { FOLLOW_UP_TYPE_LABELS } from '../../follow-ups/follow-up-labels';
import { useT } from '../../../i18n/I18nProvider';
import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';

/** Which kinds of follow-up extend protection; every kind stays on the timeline either way. */
export function FollowUpTypesField({ form, disabled }: PolicySectionProps) {
  const t = useT();
  const chosen = form.values.followUpTypes;
  const error = form.errorFor('followUpTypes');

  // Keeps the saved order, so ticking a box off and on again is no change at all.
  function toggle(type: FollowUpType, on: boolean) {
    form.setValue('followUpTypes', on ? [...chosen, type] : chosen.filter((kind) => kind !== type));
    form.touch('followUpTypes');
  }

  return (
    <FormControl component="fieldset" error={Boolean(error)} disabled={disabled} data-testid="policy-followUpTypes" sx={{ minWidth: 0 }}>
      <FormLabel component="legend" sx={{ typography: 'body2' }}>
        {t('settings.field.followUpTypes')}
      </FormLabel>
      <FormGroup row sx={{ columnGap: 1 }}>
        {FOLLOW_UP_TYPES.map((type) => {
          const input = { 'data-testid': `policy-followUpType-${type}` };
          return (
            <FormControlLabel
              key={type}
              label={t(FOLLOW_UP_TYPE_LABELS[type])}
              sx={{ mr: 1 }}
              control={<Checkbox size="small" checked={chosen.includes(type)} onChange={(e) => toggle(type, e.target.checked)} slotProps={{ input }} />}
            />
          );
        })}
      </FormGroup>
      <FormHelperText sx={{ mx: 0 }}>{error ?? t('settings.hint.followUpTypes')}</FormHelperText>
    </FormControl>
  );
}
