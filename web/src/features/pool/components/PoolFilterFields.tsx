import Box from '@mui/material/Box';
import { useT } from '../../../i18n/I18nProvider';
import { FilterSelect } from '../../customers/components/FilterSelect';
import { TagsInput } from '../../customers/components/TagsInput';
import { useCustomerLookups } from '../../customers/hooks/useCustomerLookups';
import { usePoolFilterValues } from '../hooks/usePoolFilterValues';
import { TIME_IN_POOL_CHOICES, type PoolFilterValues, type TimeInPool } from '../pool-filter';
import { TIME_IN_POOL_LABELS } from '../pool-labels';
import { EntryKindSelect } from './EntryKindSelect';

interface Props {
  values: PoolFilterValues;
  onChange: (patch: Partial<PoolFilterValues>) => void;
}

/** One input per pool filter: what the customer is, then how and when it came to the pool. */
export function PoolFilterFields({ values, onChange }: Props) {
  const t = useT();
  const timeOptions = TIME_IN_POOL_CHOICES.map((choice) => ({ value: choice, label: t(TIME_IN_POOL_LABELS[choice]) }));
  const { tiers, regions } = useCustomerLookups({ withOwners: false });
  // What pool customers actually carry, not the viewer's own customers.
  const { industries, sources } = usePoolFilterValues();
  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: 'repeat(4, 1fr)' } }}>
      <FilterSelect name="tier" label={t('pool.filter.tier')} value={values.tier} onChange={(tier) => onChange({ tier })}
        options={tiers.map((tier) => ({ value: tier.code, label: tier.name }))} />
      <FilterSelect name="industry" label={t('pool.filter.industry')} value={values.industry} onChange={(industry) => onChange({ industry })}
        options={industries.map((i) => ({ value: i, label: i }))} />
      <FilterSelect name="regionId" label={t('pool.filter.region')} value={values.regionId} onChange={(regionId) => onChange({ regionId })}
        options={regions.map((r) => ({ value: r.id, label: r.name }))} />
      <FilterSelect name="source" label={t('pool.filter.source')} value={values.source} onChange={(source) => onChange({ source })}
        options={sources.map((s) => ({ value: s, label: s }))} />
      <EntryKindSelect value={values.entryKinds} onChange={(entryKinds) => onChange({ entryKinds })} />
      <FilterSelect name="timeInPool" label={t('pool.filter.timeInPool')} value={values.timeInPool} options={timeOptions}
        onChange={(timeInPool) => onChange({ timeInPool: timeInPool as TimeInPool | undefined })} />
      <Box sx={{ gridColumn: { xs: 'auto', sm: '1 / -1', md: 'span 2' } }}>
        <TagsInput name="tags" label={t('pool.filter.tags')} placeholder={t('pool.filter.tagsPlaceholder')} value={values.tags ?? []} testId="pool-tags-filter"
          onChange={(tags) => onChange({ tags: tags.length > 0 ? tags : undefined })} />
      </Box>
    </Box>
  );
}
