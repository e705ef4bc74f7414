import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useT } from '../../../i18n/I18nProvider';
import type { ReasonForm } from '../pool-policy-form';

interface Props {
  index: number;
  reason: ReasonForm;
  onChange: (patch: Partial<ReasonForm>) => void;
  onBlur: () => void;
  onRemove: () => void;
  canRemove: boolean;
  errors: { code?: string; label?: string; row?: string };
  disabled: boolean;
}

/** Codes are typed as CONSTANT_CASE: "not a fit" becomes NOT_A_FIT as it is typed. */
const asCode = (text: string) => text.toUpperCase().replace(/[\s-]+/g, '_');

/** One return reason: its code (fixed once saved, since past returns name it), label and whether a note is needed. */
export function ReturnReasonRow({ index, reason, onChange, onBlur, onRemove, canRemove, errors, disabled }: Props) {
  const t = useT();
  const n = index + 1;
  const noteInput = { 'data-testid': `policy-returnReasons.${index}.noteRequired`, 'aria-label': t('settings.reason.needsNote', { n }) };
  return (
    <Box
      data-testid="return-reason-row"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr) minmax(0, 1fr)', sm: 'minmax(0, 2fr) minmax(0, 3fr) auto auto' },
        columnGap: 1.5,
        alignItems: 'start',
        py: 0.5,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <TextField
        name={`returnReasons.${index}.code`}
        label={t('settings.reason.codeField')}
        value={reason.code}
        onChange={(e) => onChange({ code: asCode(e.target.value) })}
        onBlur={onBlur}
        error={Boolean(errors.code)}
        helperText={errors.code ?? ' '}
        disabled={disabled || reason.saved}
        sx={{ mt: 1, '& input': { fontSize: { xs: '0.875rem', sm: 'inherit' } } }}
        slotProps={{ htmlInput: { 'data-testid': `policy-returnReasons.${index}.code`, 'aria-label': t('settings.reason.part.code', { n }) } }}
      />
      <TextField
        name={`returnReasons.${index}.label`}
        label={t('settings.reason.labelField')}
        value={reason.label}
        onChange={(e) => onChange({ label: e.target.value })}
        onBlur={onBlur}
        error={Boolean(errors.label)}
        helperText={errors.label ?? ' '}
        disabled={disabled}
        sx={{ mt: 1 }}
        slotProps={{ htmlInput: { 'data-testid': `policy-returnReasons.${index}.label`, 'aria-label': t('settings.reason.part.label', { n }) } }}
      />
      <FormControlLabel
        label={t('settings.reason.noteField')}
        sx={{ mt: { xs: -0.5, sm: 1.25 }, mr: 0 }}
        control={<Checkbox size="small" checked={reason.noteRequired} onChange={(e) => onChange({ noteRequired: e.target.checked })} disabled={disabled} slotProps={{ input: noteInput }} />}
      />
      {disabled ? (
        <span />
      ) : (
        <Tooltip title={canRemove ? t('settings.reason.removeTip') : t('settings.reason.keepOne')}>
          <Box component="span" sx={{ justifySelf: 'end' }}>
            <IconButton onClick={onRemove} disabled={!canRemove} aria-label={t('settings.reason.remove', { n })} sx={{ mt: { xs: -0.5, sm: 1 } }} data-testid={`remove-reason-${index}`}>
              <DeleteOutlined />
            </IconButton>
          </Box>
        </Tooltip>
      )}
      {errors.row ? (
        <FormHelperText error sx={{ gridColumn: '1 / -1', mt: 0 }}>
          {errors.row}
        </FormHelperText>
      ) : null}
    </Box>
  );
}
