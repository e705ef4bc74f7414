import { useId, useRef } from 'react';
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

// On a phone the name takes a line of its own, as wide as the fields below it.
const ROW_LAYOUT = {
  display: 'grid',
  // i18n-exempt: grid area names, not words
  gridTemplateAreas: { xs: '"kind remove" "name name"', sm: '"kind name remove"' },
  gridTemplateColumns: { xs: '1fr auto', sm: '168px 1fr auto' },
  columnGap: 1,
  alignItems: 'start',
} as const;

/** "Other names": one row per alias (its kind and the name), added and removed in place. */
export function CustomerAliasesField({ rows, onChange, onBlur, errorFor, newKind }: Props) {
  const t = useT();
  // Only a row just added takes the focus, not the rows the form opened with.
  const added = useRef(false);
  const titleId = useId();
  const update = (index: number, change: Partial<CustomerAlias>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const listError = errorFor('aliases', { exact: true });

  // One line while there are none: the form's other fields stay close to the company name.
  return (
    <Box role="group" aria-labelledby={titleId} sx={{ mb: 1.5, minWidth: 0 }} data-testid="customer-aliases-field">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2 }}>
        <Typography id={titleId} variant="subtitle2" component="h3">
          {t(CUSTOMER_FIELD_LABELS.aliases)}
        </Typography>
        <Button
          size="small"
          startIcon={<Add />}
          disabled={rows.length >= MAX_ALIASES}
          onClick={() => {
            added.current = true;
            onChange([...rows, { kind: newKind, name: '' }]);
          }}
          data-testid="add-alias"
        >
          {t('customers.aliases.add')}
        </Button>
      </Box>
      {rows.length > 0 ? (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1.25 }}>
          {t('customers.aliases.help')}
        </Typography>
      ) : null}
      {rows.map((row, index) => {
        const error = errorFor(`aliases.${index}.name`);
        const kindError = errorFor(`aliases.${index}.kind`);
        return (
          <Box key={index} sx={ROW_LAYOUT} data-testid="alias-row">
            <TextField
              select
              name={`aliases.${index}.kind`}
              label={t('customers.aliases.kind')}
              value={row.kind}
              onChange={(e) => update(index, { kind: e.target.value as AliasKind })}
              error={Boolean(kindError)}
              helperText={kindError ?? ' '}
              sx={{ gridArea: 'kind' }}
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
              sx={{ gridArea: 'name', minWidth: 0 }}
            />
            <IconButton aria-label={t('customers.aliases.remove', { n: index + 1 })} onClick={() => onChange(rows.filter((_, i) => i !== index))} sx={{ gridArea: 'remove', mt: 1 }}>
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
      {rows.length >= MAX_ALIASES ? (
        <Typography variant="caption" color="text.secondary" component="p" data-testid="alias-limit">
          {t('customers.aliases.limit', { max: MAX_ALIASES })}
        </Typography>
      ) : null}
    </Box>
  );
}
