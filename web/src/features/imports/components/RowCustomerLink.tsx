import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useT } from '../../../i18n/I18nProvider';
import type { RowCustomer } from './RowCustomerLink.fragment';

/** Where the customer opens for the viewer: a pool customer in the pool, an owned one on its page; null when they may not open it. */
export function customerHref(customer: Pick<RowCustomer, 'id' | 'inPool'>): string | null {
  if (!customer.id) return null;
  const id = encodeURIComponent(customer.id);
  return customer.inPool ? `/pool?customer=${id}` : `/customers/${id}`;
}

/** The customer's name as it stands now, linked where the viewer may open it, plain where they may not. */
export function RowCustomerLink({ customer }: { customer: RowCustomer }) {
  const t = useT();
  const href = customerHref(customer);
  if (!href) {
    return (
      <Box component="span" data-testid="import-row-customer">
        {customer.companyName}
      </Box>
    );
  }
  return (
    <Link component={RouterLink} to={href} title={t(customer.inPool ? 'imports.done.openInPool' : 'imports.done.open')} data-testid="import-row-link">
      {customer.companyName}
    </Link>
  );
}
