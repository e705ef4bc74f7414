import { useRef } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import RemoveCircleOutlined from '@mui/icons-material/RemoveCircleOutlined';
import { ALIAS_KINDS, MAX_ALIASES, type AliasKind, type CustomerAlias } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { ALIAS_KIND_LABELS, CUSTOMER_FIELD_LABELS } from '../customer-labels';

interface Props {
  rows: CustomerAlias[];
  onChange: (rows: CustomerAlias[]) => void;
  onBlur: () => void;
  /** Problems by path: `aliases.2.name` on its row, `aliases` (too many) under the list. */
  errorFor: (path: string, options?: { exact?: boolean }) => string | undefined;
  /** The kind a new row starts with. */
  newKind: AliasKind;
}

/** "Other names": one row per alias (its kind and the name), added and removed in place. */
export function CustomerAliasesField({ rows, onChange, onBlur, errorFor, newKind }: Props) {
  const t = useT();
  // Only a row just added takes the focus, not the rows the form opened with.
  const added = useRef(false);
  const update = (index: number, change: Partial<CustomerAlias>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const full = rows.length >= MAX_ALIASES;
  const listError = errorFor('aliases', { exact: true });

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1.5, minWidth: 0 }} data-testid="customer-aliases-field">
      <Typography component="legend" variant="subtitle2" sx={{ p: 0 }}>
        {t(CUSTOMER_FIELD_LABELS.aliases)}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {t('customers.aliases.help')}
      </Typography>
      {rows.map((row, index) => {
        const error = errorFor(`aliases.${index}.name`);
        const kindError = errorFor(`aliases.${index}.kind`);
        return (
          <Box key={index} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }} data-testid="alias-row">
            <TextField
              select
              name={`aliases.${index}.kind`}
              label={t('customers.aliases.kind')}
              value={row.kind}
              onChange={(e) => update(index, { kind: e.target.value as AliasKind })}
              error={Boolean(kindError)}
              helperText={kindError ?? ' '}
              sx={{ flex: { xs: '0 0 118px', sm: '0 0 168px' } }}
            >
              {ALIAS_KINDS.map((kind) => (
                <MenuItem key={kind} value={kind}>
                  {t(ALIAS_KIND_LABELS[kind])}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              name={`aliases.${index}.name`}
              label={t('customers.aliases.name')}
              value={row.name}
              onChange={(e) => update(index, { name: e.target.value })}
              onBlur={onBlur}
              autoFocus={added.current && index === rows.length - 1}
              error={Boolean(error)}
              helperText={error ?? ' '}
              sx={{ flex: 1, minWidth: 0 }}
            />
            <IconButton aria-label={t('customers.aliases.remove', { n: index + 1 })} onClick={() => onChange(rows.filter((_, i) => i !== index))} sx={{ mt: 1 }}>
              <RemoveCircleOutlined fontSize="small" />
            </IconButton>
          </Box>
        );
      })}
      {listError ? (
        <Typography variant="caption" color="error" component="p">
          {listError}
        </Typography>
      ) : null}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1 }}>
        <Button
          size="small"
          startIcon={<Add />}
          disabled={full}
          onClick={() => {
            added.current = true;
            onChange([...rows, { kind: newKind, name: '' }]);
          }}
          data-testid="add-alias"
        >
          {t('customers.aliases.add')}
        </Button>
        {full ? (
          <Typography variant="caption" color="text.secondary" data-testid="alias-limit">
            {t('customers.aliases.limit', { max: MAX_ALIASES })}
          </Typography>
        ) : null}
      </Box>
    </Box>
  );
}
