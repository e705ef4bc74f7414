import { useState } from 'react';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import FilterList from '@mui/icons-material/FilterList';
import { CUSTOMER_STATUSES } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { SearchField } from '../../../shared/components/SearchField';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { CUSTOMER_FIELD_LABELS, STATUS_LABELS } from '../customer-labels';
import type { CustomerFilterInput } from '../customer-types';
import { useCustomerLookups } from '../hooks/useCustomerLookups';
import { useFilterSearchText } from '../hooks/useFilterSearchText';
import { FilterSelect } from './FilterSelect';
import { TagsInput } from './TagsInput';

interface Props {
  filter: CustomerFilterInput;
  /** Receives only what changed; `undefined` removes a filter. */
  onChange: (patch: Partial<CustomerFilterInput>) => void;
  showOwner: boolean;
}

const CLEARED: Record<keyof CustomerFilterInput, undefined> = {
  text: undefined, tier: undefined, industry: undefined, regionId: undefined, ownerId: undefined, status: undefined, tags: undefined,
};

/** Search plus one select per filter; on phones the selects fold away behind a Filters button. */
export function CustomerFilterBar({ filter, onChange, showOwner }: Props) {
  const t = useT();
  const { tiers, regions, industries, teamMembers } = useCustomerLookups({ withOwners: showOwner });
  const phone = useIsPhone();
  const [expanded, setExpanded] = useState(false);
  const [text, setText] = useFilterSearchText(filter.text, (searched) => onChange({ text: searched }));

  const activeCount = Object.entries(filter).filter(([key, v]) => key !== 'text' && v !== undefined).length;

  const selects = (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(3, 1fr)', lg: 'repeat(6, 1fr)' } }}>
      <FilterSelect name="tier" label={t(CUSTOMER_FIELD_LABELS.tier)} value={filter.tier} onChange={(tier) => onChange({ tier })}
        options={tiers.map((tier) => ({ value: tier.code, label: tier.name }))} />
      <FilterSelect name="status" label={t(CUSTOMER_FIELD_LABELS.status)} value={filter.status}
        onChange={(status) => onChange({ status: status as CustomerFilterInput['status'] })}
        options={CUSTOMER_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABELS[s]) }))} />
      <FilterSelect name="industry" label={t(CUSTOMER_FIELD_LABELS.industry)} value={filter.industry} onChange={(industry) => onChange({ industry })}
        options={industries.map((i) => ({ value: i, label: i }))} />
      <FilterSelect name="regionId" label={t(CUSTOMER_FIELD_LABELS.regionId)} value={filter.regionId} onChange={(regionId) => onChange({ regionId })}
        options={regions.map((r) => ({ value: r.id, label: r.name }))} />
      {showOwner ? (
        <FilterSelect name="ownerId" label={t('customers.field.owner')} value={filter.ownerId} onChange={(ownerId) => onChange({ ownerId })}
          options={teamMembers.map((m) => ({ value: m.id, label: m.name }))} />
      ) : null}
      <Box sx={{ gridColumn: { xs: '1 / -1', sm: 'span 2', lg: showOwner ? 'span 1' : 'span 2' } }}>
        <TagsInput name="tags" label={t(CUSTOMER_FIELD_LABELS.tags)} placeholder={t('customers.filter.tagsPlaceholder')} value={filter.tags ?? []} testId="customer-tags-filter"
          onChange={(tags) => onChange({ tags: tags.length > 0 ? tags : undefined })} />
      </Box>
    </Box>
  );

  return (
    <Box data-testid="customer-filters" sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: phone ? 0 : 1.5 }}>
        <SearchField value={text} onChange={setText} />
        {phone ? (
          <Button onClick={() => setExpanded((v) => !v)} aria-expanded={expanded} sx={{ flexShrink: 0 }}
            startIcon={<Badge badgeContent={activeCount} color="secondary"><FilterList /></Badge>}>
            {t('customers.filter.toggle')}
          </Button>
        ) : null}
        {activeCount > 0 || text ? (
          <Button color="inherit" sx={{ flexShrink: 0 }} onClick={() => { setText(''); onChange(CLEARED); }}>
            {t('customers.filter.clear')}
          </Button>
        ) : null}
      </Box>
      {phone ? <Collapse in={expanded}><Box sx={{ pt: 1.5 }}>{selects}</Box></Collapse> : selects}
    </Box>
  );
}
