import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { ImportRow } from '../import-types';
import { ImportRowProblems } from './ImportRowProblems';

/**
 * Why a row is in its class: each wrong field in words; the earlier row of the same company; the
 * customer Berth has, as a clash shows it (in the pool, or whose it is and for how long), linked
 * only where the viewer may open it.
 */
export function ImportRowReason({ row, now }: { row: ImportRow; now: Date }) {
  const t = useT();
  const fmt = useFormat();
  const customer = row.match?.customer ?? null;

  if (row.class === 'INVALID') {
    return <ImportRowProblems problems={row.problems} testId="import-row-why" />;
  }

  let why: ReactNode;
  if (row.class === 'DUPLICATE_IN_FILE') {
    why = t('imports.why.sameAsRow', { row: row.earlierRow ?? 0 });
  } else if (row.class === 'MATCHES_POOL' && customer) {
    const inPool = t('imports.why.inPool');
    why = (
      <>
        {customer.id ? (
          <Link component={RouterLink} to={`/pool?customer=${customer.id}`} data-testid="import-row-link">
            {inPool}
          </Link>
        ) : (
          inPool
        )}
        {t('imports.why.separator')}
        {t('imports.why.matched', { name: customer.companyName })}
      </>
    );
  } else if (row.class === 'MATCHES_OWNED' && customer) {
    const owner = customer.owner;
    const holder = owner?.departmentName
      ? t('imports.why.owned', { owner: owner.name, department: owner.departmentName })
      : t('imports.why.ownedNoDepartment', { owner: owner?.name ?? '' });
    const protection = fmt.protection(customer.protectedUntil, now);
    why = (
      <>
        {holder}
        {protection ? `${t('imports.why.separator')}${protection}` : null}
        {t('imports.why.separator')}
        {customer.id ? (
          <Link component={RouterLink} to={`/customers/${customer.id}`} data-testid="import-row-link">
            {t('imports.why.matched', { name: customer.companyName })}
          </Link>
        ) : (
          t('imports.why.matched', { name: customer.companyName })
        )}
      </>
    );
  } else {
    why = t('imports.why.new');
  }
  return (
    <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }} data-testid="import-row-why">
      {why}
    </Typography>
  );
}
