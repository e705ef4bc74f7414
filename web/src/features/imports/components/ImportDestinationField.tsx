import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { IMPORT_DESTINATIONS, MAX_IMPORT_RECEIVERS } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { AssignRepsField } from '../../pool/components/AssignRepsField';
import { AssignStrategyField } from '../../pool/components/AssignStrategyField';
import { useAssignableReps, type AssignableRep } from '../../pool/hooks/useAssignableReps';
import type { CommitErrors, DestinationDraft } from '../commit-choices';
import { destinationLabel } from '../import-labels';

/** The destination as the form holds it: the reps as the team list gives them. */
export type DestinationState = Omit<DestinationDraft, 'reps'> & { reps: AssignableRep[] };

interface Props {
  value: DestinationState;
  errors: Pick<CommitErrors, 'kind' | 'userIds' | 'strategy'>;
  onChange: (value: DestinationState) => void;
}

/**
 * Where a manager's (or admin's) new customers go: the pool, one rep, or spread across reps of
 * their team with a strategy. The reps come from the same team list the Assign dialog offers.
 */
export function ImportDestinationField({ value, errors, onChange }: Props) {
  const t = useT();
  const { reps, loading } = useAssignableReps(value.kind === 'POOL');
  const single = value.kind === 'ONE_REP';
  return (
    <Box sx={{ display: 'grid', gap: 2 }} data-testid="import-destination" data-kind={value.kind}>
      <FormControl error={Boolean(errors.kind)}>
        <RadioGroup aria-labelledby="import-destination-title" name="destination" value={value.kind}
          onChange={(e) => onChange({ ...value, kind: e.target.value as DestinationState['kind'], reps: e.target.value === 'ONE_REP' ? value.reps.slice(-1) : value.reps })}>
          {IMPORT_DESTINATIONS.map((kind) => {
            const { label, hint } = destinationLabel(kind, t);
            return (
              <FormControlLabel key={kind} value={kind} control={<Radio />} data-testid={`import-destination-${kind}`}
                sx={{ alignItems: 'flex-start', mt: 0.5, '& .MuiRadio-root': { pt: 0.25 } }}
                label={
                  <>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>{label}</Typography>
                    <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
                      {hint}
                    </Typography>
                  </>
                }
              />
            );
          })}
        </RadioGroup>
        {errors.kind ? <FormHelperText data-testid="import-destination-error">{errors.kind}</FormHelperText> : null}
      </FormControl>
      {value.kind === 'POOL' ? null : (
        <AssignRepsField options={reps} loading={loading} value={value.reps} error={errors.userIds} single={single} onBlur={() => undefined}
          onChange={(next) => onChange({ ...value, reps: single ? next.slice(-1) : next })}
          words={single
            ? { label: t('imports.commit.rep'), placeholder: t('imports.commit.repPlaceholder'), helper: t('imports.commit.repHelper') }
            : { label: t('imports.commit.reps'), placeholder: t('imports.commit.repsPlaceholder'), helper: t('imports.commit.repsHelper', { max: MAX_IMPORT_RECEIVERS }) }} />
      )}
      {value.kind === 'SPREAD' ? (
        <FormControl error={Boolean(errors.strategy)}>
          <AssignStrategyField value={value.strategy} onChange={(strategy) => onChange({ ...value, strategy })} />
          {errors.strategy ? <FormHelperText data-testid="import-strategy-error">{errors.strategy}</FormHelperText> : null}
        </FormControl>
      ) : null}
    </Box>
  );
}
