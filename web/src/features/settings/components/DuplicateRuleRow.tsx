import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { ACTION_LABELS, DIMENSION_LABELS } from '../../duplicates/duplicate-labels';
import type { DuplicateAction } from '../../duplicates/duplicate-types';
import { ruleLabel, type DuplicateRule } from '../duplicate-rules-form';

const ACTIONS: DuplicateAction[] = ['WARN', 'BLOCK'];

interface Props {
  rule: DuplicateRule;
  onChange: (patch: Partial<DuplicateRule>) => void;
  readOnly: boolean;
  errors: { row?: string; enabled?: string; action?: string };
}

/** One rule: what is compared and how, whether it is checked, and what a match does. */
export function DuplicateRuleRow({ rule, onChange, readOnly, errors }: Props) {
  const t = useT();
  const id = `${rule.dimension}-${rule.method}`;
  const label = ruleLabel(rule, t);
  const rowProblem = errors.row ?? errors.enabled;
  const switchInput = { 'aria-label': t('settings.duplicateRules.checkRule', { rule: label }), 'data-testid': `rule-enabled-${id}` };
  return (
    <TableRow data-testid="duplicate-rule" data-dimension={rule.dimension} data-method={rule.method} sx={{ verticalAlign: 'top' }}>
      <TableCell sx={{ pl: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {t(DIMENSION_LABELS[rule.dimension])}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t(`settings.duplicateRules.method.${rule.method}`)}
        </Typography>
        {rowProblem ? <FormHelperText error>{rowProblem}</FormHelperText> : null}
      </TableCell>
      <TableCell padding="none" sx={{ pt: 0.5 }}>
        <Switch checked={rule.enabled} onChange={(e) => onChange({ enabled: e.target.checked })} disabled={readOnly} slotProps={{ input: switchInput }} />
      </TableCell>
      <TableCell sx={{ pr: 0 }}>
        <TextField
          select
          value={rule.action}
          onChange={(e) => onChange({ action: e.target.value as DuplicateAction })}
          disabled={readOnly}
          error={Boolean(errors.action)}
          helperText={errors.action}
          sx={{ minWidth: 104 }}
          slotProps={{ htmlInput: { 'data-testid': `rule-action-${id}`, 'aria-label': t('settings.duplicateRules.actionFor', { rule: label }) } }}
        >
          {ACTIONS.map((action) => (
            <MenuItem key={action} value={action}>
              {t(ACTION_LABELS[action])}
            </MenuItem>
          ))}
        </TextField>
      </TableCell>
    </TableRow>
  );
}
