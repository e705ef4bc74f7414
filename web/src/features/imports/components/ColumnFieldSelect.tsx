import TextField from '@mui/material/TextField';
import { IMPORT_FIELDS } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { fieldLabel } from '../import-labels';
import type { ImportField } from '../import-types';

interface Props {
  index: number;
  header: string;
  value: ImportField | null;
  error?: string;
  /** Shows "Imports as" on the field; a table that heads the column with it leaves it off (the select keeps its accessible name). */
  labelled?: boolean;
  onChange: (field: ImportField | null) => void;
}

/** What one column fills, or nothing: a native select, so a phone offers its own picker. */
export function ColumnFieldSelect({ index, header, value, error, labelled = true, onChange }: Props) {
  const t = useT();
  return (
    <TextField
      select
      size="small"
      fullWidth
      label={labelled ? t('imports.mapping.fills') : undefined}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as ImportField))}
      error={Boolean(error)}
      helperText={error}
      slotProps={{
        select: { native: true },
        inputLabel: labelled ? { shrink: true } : undefined,
        htmlInput: { 'data-testid': `mapping-select-${index}`, 'aria-label': t('imports.mapping.fillsFor', { header }) },
        formHelperText: { 'data-testid': `mapping-error-${index}` } as object,
      }}
    >
      <option value="">{t('imports.mapping.skip')}</option>
      {IMPORT_FIELDS.map((field) => (
        <option key={field} value={field}>
          {fieldLabel(field, t)}
        </option>
      ))}
    </TextField>
  );
}
