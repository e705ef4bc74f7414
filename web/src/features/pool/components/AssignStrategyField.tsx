import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { ASSIGNMENT_STRATEGIES, type AssignmentStrategy } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { STRATEGY_LABELS } from '../pool-labels';

interface Props {
  value: AssignmentStrategy;
  onChange: (strategy: AssignmentStrategy) => void;
}

/** How several reps share the customers; reps at their holding cap are skipped either way. */
export function AssignStrategyField({ value, onChange }: Props) {
  const t = useT();
  return (
    <FormControl fullWidth>
      <FormLabel id="assign-strategy-label">{t('pool.assign.strategy')}</FormLabel>
      <RadioGroup aria-labelledby="assign-strategy-label" name="strategy" value={value}
        onChange={(e) => onChange(e.target.value as AssignmentStrategy)}>
        {ASSIGNMENT_STRATEGIES.map((strategy) => (
          <FormControlLabel
            key={strategy}
            value={strategy}
            control={<Radio />}
            data-testid={`assign-strategy-${strategy}`}
            sx={{ alignItems: 'flex-start', mt: 0.5, '& .MuiRadio-root': { pt: 0.25 } }}
            label={
              <>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>{t(STRATEGY_LABELS[strategy].label)}</Typography>
                <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
                  {t(STRATEGY_LABELS[strategy].explanation)}
                </Typography>
              </>
            }
          />
        ))}
      </RadioGroup>
      <Typography variant="caption" color="text.secondary" sx={{ mt: 0.5 }}>
        {t('pool.assign.capSkipped')}
      </Typography>
    </FormControl>
  );
}
