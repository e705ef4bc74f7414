import Checkbox from '@mui/material/Checkbox';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { POOL_ENTRY_KINDS, type PoolEntryKind } from '../pool-filter';
import { ENTRY_KIND_LABELS } from '../pool-labels';

interface Props {
  value: PoolEntryKind[] | undefined;
  /** `undefined` when nothing is ticked: no filter on how customers entered. */
  onChange: (kinds: PoolEntryKind[] | undefined) => void;
}

/** "How it entered": any of recycled, returned, released; none ticked means all. */
export function EntryKindSelect({ value = [], onChange }: Props) {
  const t = useT();
  // "Recycled, Returned" / "回收、退回": the language's own list commas.
  const list = new Intl.ListFormat(useFormat().locale, { type: 'conjunction', style: 'narrow' });
  return (
    <TextField
      select
      name="entryKinds"
      label={t('pool.filter.entryKinds')}
      value={value}
      fullWidth
      onChange={(e) => {
        const raw = e.target.value as unknown as string[] | string;
        const picked = (typeof raw === 'string' ? raw.split(',') : raw) as PoolEntryKind[];
        // Keep the table's order so that the same choice is always the same query.
        const kinds = POOL_ENTRY_KINDS.filter((kind) => picked.includes(kind));
        onChange(kinds.length > 0 ? kinds : undefined);
      }}
      slotProps={{
        htmlInput: { 'data-testid': 'filter-entryKinds' },
        select: {
          multiple: true,
          displayEmpty: true,
          renderValue: (selected) => {
            const kinds = selected as PoolEntryKind[];
            return kinds.length === 0 ? <em>{t('pool.filter.anyEntryKind')}</em> : list.format(kinds.map((kind) => t(ENTRY_KIND_LABELS[kind])));
          },
        },
        inputLabel: { shrink: true },
      }}
    >
      {POOL_ENTRY_KINDS.map((kind) => (
        <MenuItem key={kind} value={kind} dense>
          <Checkbox checked={value.includes(kind)} size="small" sx={{ p: 0.5, mr: 1 }} />
          <ListItemText primary={t(ENTRY_KIND_LABELS[kind])} />
        </MenuItem>
      ))}
    </TextField>
  );
}
