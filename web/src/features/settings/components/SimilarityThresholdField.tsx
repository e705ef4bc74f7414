import { useId } from 'react';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Slider from '@mui/material/Slider';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { THRESHOLD_MAX, THRESHOLD_MIN } from '../duplicate-rules-form';

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  disabled: boolean;
}

const MARKS = [
  { value: THRESHOLD_MIN, label: String(THRESHOLD_MIN) },
  { value: THRESHOLD_MAX, label: THRESHOLD_MAX.toFixed(1) },
];

/** How similar two normalised names must be to count as a match: a slider, and a box for an exact figure. */
export function SimilarityThresholdField({ value, onChange, error, disabled }: Props) {
  const t = useT();
  const labelId = useId();
  const helpId = useId();
  const parsed = Number(value);
  const sliderValue = Number.isFinite(parsed) ? Math.min(THRESHOLD_MAX, Math.max(THRESHOLD_MIN, parsed)) : THRESHOLD_MIN;

  return (
    <Box sx={{ mt: 2.5 }}>
      <Typography id={labelId} variant="subtitle2">
        {t('settings.threshold.label')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 3, px: 1.5 }}>
        <Slider
          value={sliderValue}
          min={THRESHOLD_MIN}
          max={THRESHOLD_MAX}
          step={0.01}
          marks={MARKS}
          valueLabelDisplay="auto"
          onChange={(_, next) => onChange(String(next))}
          disabled={disabled}
          aria-labelledby={labelId}
          sx={{ flex: 1, minWidth: 0 }}
        />
        <TextField
          value={value}
          onChange={(e) => onChange(e.target.value)}
          disabled={disabled}
          error={Boolean(error)}
          sx={{ width: 88, flexShrink: 0 }}
          slotProps={{
            htmlInput: {
              'data-testid': 'similar-name-threshold',
              'aria-labelledby': labelId,
              'aria-describedby': helpId,
              inputMode: 'decimal',
            },
          }}
        />
      </Box>
      <FormHelperText id={helpId} error={Boolean(error)}>
        {error ?? t('settings.threshold.hint', { min: MARKS[0].label, max: MARKS[1].label })}
      </FormHelperText>
    </Box>
  );
}
