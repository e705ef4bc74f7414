import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { roleLabel } from '../../auth/me-query';
import type { AssignableRep } from '../hooks/useAssignableReps';

interface Props {
  options: AssignableRep[];
  loading: boolean;
  value: AssignableRep[];
  onChange: (reps: AssignableRep[]) => void;
  onBlur: () => void;
  error?: string;
  /** One rep takes them all: the words ask for one (the caller keeps only the latest choice). */
  single?: boolean;
  /** Words for another use of the picker (sharing a customer): its label, placeholder and helper. */
  words?: { label: string; placeholder: string; helper: string };
}

/** One or more people from the manager's team, in the order chosen (round-robin follows it). */
export function AssignRepsField({ options, loading, value, onChange, onBlur, error, single = false, words }: Props) {
  const t = useT();
  return (
    <Autocomplete
      multiple
      options={options}
      loading={loading}
      value={value}
      onChange={(_, next) => onChange(next)}
      getOptionLabel={(rep) => rep.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterSelectedOptions
      renderOption={({ key, ...props }, rep) => (
        <Box component="li" key={key} {...props}>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2">{rep.name}</Typography>
            <Typography variant="caption" color="text.secondary">
              {[rep.department?.name, rep.role && rep.role !== 'REP' ? roleLabel(rep.role, t) : null].filter(Boolean).join(' · ') || '—'}
            </Typography>
          </Box>
        </Box>
      )}
      renderValue={(reps, getItemProps) =>
        reps.map((rep, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} label={rep.name} size="small" {...itemProps} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          name="toUserIds"
          label={words?.label ?? (single ? t('pool.assign.rep') : t('pool.assign.reps'))}
          placeholder={value.length === 0 ? (words?.placeholder ?? t(single ? 'pool.assign.repPlaceholder' : 'pool.assign.repsPlaceholder')) : undefined}
          onBlur={onBlur}
          error={Boolean(error)}
          helperText={error ?? words?.helper ?? (single ? t('pool.assign.repHelper') : t('pool.assign.repsHelper'))}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'assign-reps' },
            formHelperText: { 'data-testid': 'assign-reps-helper' } as object,
          }}
        />
      )}
    />
  );
}
