import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { formatDateTime } from '../../../shared/format/dates';
import { STATUS_LABELS } from '../customer-labels';
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

export function CustomerDetails({ customer, onEdit }: { customer: CustomerDetailsCustomer; onEdit: () => void }) {
  return (
    <Card data-testid="customer-details">
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
          <Typography variant="h3" component="h2">
            Basic details
          </Typography>
          <Button startIcon={<EditOutlined />} variant="outlined" onClick={onEdit} data-testid="edit-customer-button">
            Edit
          </Button>
        </Stack>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(3, 1fr)' }, gap: 2.5 }}>
          <Field label="Company name">{customer.companyName}</Field>
          <Field label="Website">
            {customer.website ? (
              <Link href={websiteHref(customer.website)} target="_blank" rel="noopener noreferrer">
                {customer.website}
              </Link>
            ) : null}
          </Field>
          <Field label="Email">{customer.email ? <Link href={`mailto:${customer.email}`}>{customer.email}</Link> : null}</Field>
          <Field label="Phone">{customer.phone ? <Link href={`tel:${customer.phone}`}>{customer.phone}</Link> : null}</Field>
          <Field label="Industry">{customer.industry}</Field>
          <Field label="Region">{customer.region?.name}</Field>
          <Field label="Source">{customer.source}</Field>
          <Field label="Tier">{customer.tier.name}</Field>
          <Field label="Status">{STATUS_LABELS[customer.status]}</Field>
          <Field label="Owner">{customer.owner?.name ?? 'Public pool'}</Field>
          <Field label="Created">{formatDateTime(customer.createdAt)}</Field>
          <Field label="Last updated">{formatDateTime(customer.updatedAt)}</Field>
          <Box sx={{ gridColumn: '1 / -1' }}>
            <Field label="Tags">{customer.tags.length > 0 ? <TagChips tags={customer.tags} max={20} /> : null}</Field>
          </Box>
        </Box>
      </CardContent>
    </Card>
  );
}
