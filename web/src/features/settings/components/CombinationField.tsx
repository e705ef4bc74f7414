import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { RECYCLE_COMBINATIONS, type RecycleCombination } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { combinationHint, combinationLabel } from '../pool-policy-labels';

/** ANY or ALL, with one line on what the chosen one does. */
export function CombinationField({ form, disabled }: PolicySectionProps) {
  const t = useT();
  const value = form.values.combination;
  const error = form.errorFor('combination');
  return (
    <FormControl error={Boolean(error)} disabled={disabled} sx={{ minWidth: 0 }}>
      <FormLabel id="policy-combination-label" sx={{ typography: 'body2' }}>
        {t('settings.field.combination')}
      </FormLabel>
      <RadioGroup row aria-labelledby="policy-combination-label" value={value} onChange={(e) => form.setValue('combination', e.target.value as RecycleCombination)}>
        {RECYCLE_COMBINATIONS.map((option) => {
          const input = { 'data-testid': `policy-combination-${option}` };
          return <FormControlLabel key={option} value={option} label={combinationLabel(option, t)} control={<Radio size="small" slotProps={{ input }} />} />;
        })}
      </RadioGroup>
      <FormHelperText sx={{ mx: 0 }} data-testid="policy-combination-hint">
        {error ?? combinationHint(value, t)}
      </FormHelperText>
    </FormControl>
  );
}
