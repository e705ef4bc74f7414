import { useState } from 'react';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import FilterList from '@mui/icons-material/FilterList';
import type { FieldProblem } from '@berth/domain';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { FilterSelect } from '../../customers/components/FilterSelect';
import { DepartmentPicker } from '../../team/components/DepartmentPicker';
import { ANALYTICS_LABELS as L, BUCKET_LABELS, PRESET_LABELS } from '../analytics-labels';
import { activeFilters, FILTER_KEYS, type AnalyticsValues } from '../analytics-input';
import { BUCKETS, RANGE_PRESETS, type AnalyticsBucket, type AnalyticsRangePreset } from '../analytics-types';
import type { useAnalyticsOptions } from '../hooks/useAnalyticsOptions';

interface Props {
  values: AnalyticsValues;
  onChange: (patch: Partial<AnalyticsValues>) => void;
  options: ReturnType<typeof useAnalyticsOptions>;
  /** The server's per-field refusals (a range too long, an unknown rep), shown at their fields. */
  problems: FieldProblem[];
}

const CLEARED = Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])) as Partial<AnalyticsValues>;

/** Range, bucket and the six filters; on phones the filters fold away behind a Filters button. */
export function AnalyticsFilters({ values, onChange, options, problems }: Props) {
  const phone = useIsPhone();
  const [expanded, setExpanded] = useState(false);
  const problem = (field: string) => problems.find((p) => p.field === field)?.message;
  const active = activeFilters(values);
  const custom = values.preset === 'CUSTOM';

  const range = (
    <Box sx={{ display: 'grid', gap: 1.5, alignItems: 'start', gridTemplateColumns: { xs: '1fr 1fr', sm: custom ? 'repeat(4, minmax(0, 180px))' : 'repeat(2, minmax(0, 180px))' } }}>
      <TextField select name="preset" label={L.range} value={values.preset} data-testid="analytics-range"
        onChange={(e) => onChange({ preset: e.target.value as AnalyticsRangePreset })}>
        {RANGE_PRESETS.map((p) => <MenuItem key={p} value={p}>{PRESET_LABELS[p]}</MenuItem>)}
      </TextField>
      <TextField select name="bucket" label={L.bucket} value={values.bucket} data-testid="analytics-bucket"
        error={Boolean(problem('bucket'))} helperText={problem('bucket')}
        onChange={(e) => onChange({ bucket: e.target.value as AnalyticsBucket })}>
        {BUCKETS.map((b) => <MenuItem key={b} value={b}>{BUCKET_LABELS[b]}</MenuItem>)}
      </TextField>
      {custom ? (
        <>
          <TextField type="date" name="from" label={L.from} value={values.from ?? ''} onChange={(e) => onChange({ from: e.target.value || undefined })}
            error={Boolean(problem('from'))} helperText={problem('from')} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'analytics-from' } }} />
          <TextField type="date" name="to" label={L.to} value={values.to ?? ''} onChange={(e) => onChange({ to: e.target.value || undefined })}
            error={Boolean(problem('to'))} helperText={problem('to')} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'analytics-to' } }} />
        </>
      ) : null}
    </Box>
  );

  const filters = (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(3, 1fr)', lg: 'repeat(6, 1fr)' } }}>
      <Box sx={{ '& .MuiTextField-root': { width: '100%', minWidth: 0 } }}>
        <DepartmentPicker departments={options.departments} value={values.departmentId ?? null} label={L.department} everyoneLabel={L.everyone}
          onChange={(departmentId) => onChange({ departmentId: departmentId ?? undefined })} />
      </Box>
      <FilterSelect name="repId" label={L.rep} value={values.repId} onChange={(repId) => onChange({ repId })}
        options={options.reps.map((r) => ({ value: r.id, label: r.name }))} />
      <FilterSelect name="tier" label={L.tier} value={values.tier} onChange={(tier) => onChange({ tier })}
        options={options.tiers.map((t) => ({ value: t.code, label: t.name }))} />
      <FilterSelect name="source" label={L.source} value={values.source} onChange={(source) => onChange({ source })}
        options={options.sources.map((s) => ({ value: s, label: s }))} />
      <FilterSelect name="industry" label={L.industry} value={values.industry} onChange={(industry) => onChange({ industry })}
        options={options.industries.map((i) => ({ value: i, label: i }))} />
      <FilterSelect name="regionId" label={L.region} value={values.regionId} onChange={(regionId) => onChange({ regionId })}
        options={options.regions.map((r) => ({ value: r.id, label: r.name }))} />
    </Box>
  );
  const fieldProblems = FILTER_KEYS.map((key) => problem(key)).filter(Boolean);

  return (
    <Box data-testid="analytics-filters" data-active={active} sx={{ mb: 2, display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>{range}</Box>
        {phone ? (
          // An icon only: at 390 px the range and bucket selects need the width.
          <IconButton onClick={() => setExpanded((v) => !v)} aria-expanded={expanded} aria-label={L.filters} sx={{ flexShrink: 0, mt: 0.25 }}
            data-testid="analytics-filters-button">
            <Badge badgeContent={active} color="secondary"><FilterList /></Badge>
          </IconButton>
        ) : null}
        {active > 0 ? (
          <Button color="inherit" sx={{ flexShrink: 0 }} onClick={() => onChange(CLEARED)}>{L.clearFilters}</Button>
        ) : null}
      </Box>
      {phone ? <Collapse in={expanded}>{filters}</Collapse> : filters}
      {fieldProblems.length > 0 ? (
        <Box role="alert" sx={{ color: 'error.main', typography: 'body2' }} data-testid="analytics-field-problems">
          {fieldProblems.join(' ')}
        </Box>
      ) : null}
    </Box>
  );
}
