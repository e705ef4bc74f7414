import { useState } from 'react';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import FilterList from '@mui/icons-material/FilterList';
import { useT } from '../../../i18n/I18nProvider';
import { SearchField } from '../../../shared/components/SearchField';
import { useDebouncedSearch } from '../../../shared/hooks/useDebouncedSearch';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { activeFilterCount, type PoolFilterValues } from '../pool-filter';
import { PoolFilterFields } from './PoolFilterFields';

interface Props {
  values: PoolFilterValues;
  /** Receives only what changed; `undefined` removes a filter. */
  onChange: (patch: Partial<PoolFilterValues>) => void;
}

const CLEARED: Required<Record<keyof PoolFilterValues, undefined>> = {
  text: undefined, tier: undefined, industry: undefined, regionId: undefined,
  tags: undefined, source: undefined, entryKinds: undefined, timeInPool: undefined,
};

/** Search plus the pool's filters; on phones the filters open in a sheet behind a Filters button. */
export function PoolFilterBar({ values, onChange }: Props) {
  const t = useT();
  const phone = useIsPhone();
  const [open, setOpen] = useState(false);
  const [text, setText] = useDebouncedSearch(values.text, (searched) => onChange({ text: searched }));

  const active = activeFilterCount(values);
  const clear = () => {
    setText('');
    onChange(CLEARED);
  };
  const fields = <PoolFilterFields values={values} onChange={onChange} />;

  return (
    <Box data-testid="pool-filters" data-active={active} sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: phone ? 0 : 1.5 }}>
        {/* The pool's search looks only at what the pool shows (never email, phone or website). */}
        <SearchField value={text} onChange={setText} placeholder={t('pool.filter.search')} />
        {phone ? (
          <Button onClick={() => setOpen(true)} aria-expanded={open} sx={{ flexShrink: 0 }} data-testid="pool-filters-button"
            startIcon={<Badge badgeContent={active} color="secondary"><FilterList /></Badge>}>
            {t('pool.filter.filters')}
          </Button>
        ) : null}
        {!phone && (active > 0 || text) ? (
          <Button color="inherit" sx={{ flexShrink: 0 }} onClick={clear}>
            {t('pool.filter.clear')}
          </Button>
        ) : null}
      </Box>
      {phone ? (
        <Drawer anchor="bottom" open={open} onClose={() => setOpen(false)}
          slotProps={{ paper: { sx: { p: 2, maxHeight: '85vh', borderTopLeftRadius: 12, borderTopRightRadius: 12 } } }}>
          <Typography variant="h3" component="h2" sx={{ mb: 2 }}>
            {t('pool.filter.sheetTitle')}
          </Typography>
          {fields}
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', mt: 2 }}>
            <Button color="inherit" onClick={clear} disabled={active === 0 && !text}>
              {t('pool.filter.clear')}
            </Button>
            <Button variant="contained" onClick={() => setOpen(false)} data-testid="pool-filters-done">
              {t('pool.filter.done')}
            </Button>
          </Stack>
        </Drawer>
      ) : (
        fields
      )}
    </Box>
  );
}
