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
import { useT } from '../../../i18n/I18nProvider';
import { phraseProblem } from '../../../shared/forms/field-errors';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { FilterSelect } from '../../customers/components/FilterSelect';
import { DepartmentPicker } from '../../team/components/DepartmentPicker';
import { bucketName, presetName } from '../analytics-labels';
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
  const t = useT();
  const phone = useIsPhone();
  const [expanded, setExpanded] = useState(false);
  const labels = {
    range: t('analytics.filter.range'),
    bucket: t('analytics.filter.bucket'),
    from: t('analytics.filter.from'),
    to: t('analytics.filter.to'),
    departmentId: t('analytics.filter.department'),
    repId: t('analytics.filter.rep'),
    tier: t('analytics.filter.tier'),
    source: t('analytics.filter.source'),
    industry: t('analytics.filter.industry'),
    regionId: t('analytics.filter.region'),
  };
  // The server's problem, worded with the field's label in the viewer's language when its rule is known.
  const problem = (field: keyof typeof labels) => {
    const found = problems.find((p) => p.field === field);
    return found ? phraseProblem(labels[field], found, t) : undefined;
  };
  const active = activeFilters(values);
  const custom = values.preset === 'CUSTOM';

  const range = (
    <Box sx={{ display: 'grid', gap: 1.5, alignItems: 'start', gridTemplateColumns: { xs: '1fr 1fr', sm: custom ? 'repeat(4, minmax(0, 180px))' : 'repeat(2, minmax(0, 180px))' } }}>
      <TextField select name="preset" label={labels.range} value={values.preset} data-testid="analytics-range"
        onChange={(e) => onChange({ preset: e.target.value as AnalyticsRangePreset })}>
        {RANGE_PRESETS.map((p) => <MenuItem key={p} value={p}>{presetName(p, t)}</MenuItem>)}
      </TextField>
      <TextField select name="bucket" label={labels.bucket} value={values.bucket} data-testid="analytics-bucket"
        error={Boolean(problem('bucket'))} helperText={problem('bucket')}
        onChange={(e) => onChange({ bucket: e.target.value as AnalyticsBucket })}>
        {BUCKETS.map((b) => <MenuItem key={b} value={b}>{bucketName(b, t)}</MenuItem>)}
      </TextField>
      {custom ? (
        <>
          <TextField type="date" name="from" label={labels.from} value={values.from ?? ''} onChange={(e) => onChange({ from: e.target.value || undefined })}
            error={Boolean(problem('from'))} helperText={problem('from')} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'analytics-from' } }} />
          <TextField type="date" name="to" label={labels.to} value={values.to ?? ''} onChange={(e) => onChange({ to: e.target.value || undefined })}
            error={Boolean(problem('to'))} helperText={problem('to')} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'analytics-to' } }} />
        </>
      ) : null}
    </Box>
  );

  const filters = (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(3, 1fr)', lg: 'repeat(6, 1fr)' } }}>
      <Box sx={{ '& .MuiTextField-root': { width: '100%', minWidth: 0 } }}>
        <DepartmentPicker departments={options.departments} value={values.departmentId ?? null} label={labels.departmentId} everyoneLabel={t('analytics.filter.everyone')}
          onChange={(departmentId) => onChange({ departmentId: departmentId ?? undefined })} />
      </Box>
      <FilterSelect name="repId" label={labels.repId} value={values.repId} onChange={(repId) => onChange({ repId })}
        options={options.reps.map((r) => ({ value: r.id, label: r.name }))} />
      <FilterSelect name="tier" label={labels.tier} value={values.tier} onChange={(tier) => onChange({ tier })}
        options={options.tiers.map((tier) => ({ value: tier.code, label: tier.name }))} />
      <FilterSelect name="source" label={labels.source} value={values.source} onChange={(source) => onChange({ source })}
        options={options.sources.map((s) => ({ value: s, label: s }))} />
      <FilterSelect name="industry" label={labels.industry} value={values.industry} onChange={(industry) => onChange({ industry })}
        options={options.industries.map((i) => ({ value: i, label: i }))} />
      <FilterSelect name="regionId" label={labels.regionId} value={values.regionId} onChange={(regionId) => onChange({ regionId })}
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
          <IconButton onClick={() => setExpanded((v) => !v)} aria-expanded={expanded} aria-label={t('analytics.filter.toggle')} sx={{ flexShrink: 0, mt: 0.25 }}
            data-testid="analytics-filters-button">
            <Badge badgeContent={active} color="secondary"><FilterList /></Badge>
          </IconButton>
        ) : null}
        {active > 0 ? (
          <Button color="inherit" sx={{ flexShrink: 0 }} onClick={() => onChange(CLEARED)}>{t('analytics.filter.clear')}</Button>
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
