import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { CUSTOMER_FIELD_LABELS as LABELS, STATUS_LABELS } from '../customer-labels';
import { TagChips } from './CustomerChips';
import type { CustomerDetailsCustomer } from './CustomerDetails.fragment';

/** People type "acme.com"; a link needs a scheme. */
function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere', mt: 0.25 }}>
        {children || <Box component="span" sx={{ color: 'text.disabled' }}>—</Box>}
      </Typography>
    </Box>
  );
}

/** `onEdit` left out: a read-only viewer, offered no edit. */
export function CustomerDetails({ customer, onEdit }: { customer: CustomerDetailsCustomer; onEdit?: () => void }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Card data-testid="customer-details">
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
          <Typography variant="h3" component="h2">
            {t('customers.tab.details')}
          </Typography>
          {onEdit ? (
            <Button startIcon={<EditOutlined />} variant="outlined" onClick={onEdit} data-testid="edit-customer-button">
              {t('customers.action.edit')}
            </Button>
          ) : null}
        </Stack>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(3, 1fr)' }, gap: 2.5 }}>
          <Field label={t(LABELS.companyName)}>{customer.companyName}</Field>
          <Field label={t(LABELS.website)}>
            {customer.website ? (
              // i18n-exempt: link relations, not words
              <Link href={websiteHref(customer.website)} target="_blank" rel="noopener noreferrer">
                {customer.website}
              </Link>
            ) : null}
          </Field>
          <Field label={t(LABELS.email)}>{customer.email ? <Link href={`mailto:${customer.email}`}>{customer.email}</Link> : null}</Field>
          <Field label={t(LABELS.phone)}>{customer.phone ? <Link href={`tel:${customer.phone}`}>{customer.phone}</Link> : null}</Field>
          <Field label={t(LABELS.industry)}>{customer.industry}</Field>
          <Field label={t(LABELS.regionId)}>{customer.region?.name}</Field>
          <Field label={t(LABELS.source)}>{customer.source}</Field>
          <Field label={t(LABELS.tier)}>{customer.tier.name}</Field>
          <Field label={t(LABELS.status)}>{t(STATUS_LABELS[customer.status])}</Field>
          <Field label={t('customers.field.owner')}>{customer.owner?.name ?? t('customers.publicPool')}</Field>
          <Field label={t('customers.field.createdAt')}>{fmt.dateTime(customer.createdAt)}</Field>
          <Field label={t('customers.field.updatedAt')}>{fmt.dateTime(customer.updatedAt)}</Field>
          <Box sx={{ gridColumn: '1 / -1' }}>
            <Field label={t(LABELS.tags)}>{customer.tags.length > 0 ? <TagChips tags={customer.tags} max={20} /> : null}</Field>
          </Box>
        </Box>
      </CardContent>
    </Card>
  );
}
