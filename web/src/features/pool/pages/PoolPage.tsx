import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { ListPager } from '../../../shared/components/ListPager';
import { PageHeader } from '../../../shared/components/PageHeader';
import { describeError } from '../../../shared/errors/describe-error';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { useNow } from '../../../shared/hooks/useNow';
import { CustomerFilterBar } from '../../customers/components/CustomerFilterBar';
import { mergeFilter } from '../../customers/customer-filter';
import type { CustomerFilterInput } from '../../customers/customer-types';
import { ClaimQuotaMeter } from '../components/ClaimQuotaMeter';
import { PoolCustomerCard } from '../components/PoolCustomerCard';
import { useClaimCustomers } from '../hooks/useClaimCustomers';
import { useClaimQuota } from '../hooks/useClaimQuota';
import { POOL_PAGE_SIZE, usePoolList } from '../hooks/usePoolList';
import { claimRefusalMessage } from '../pool-labels';

type Refusals = Record<string, { code: string | null; message: string }>;

export function PoolPage() {
  const now = useNow(60_000);
  const notify = useNotify();
  const handleError = useErrorHandler();
  const [filter, setFilter] = useState<CustomerFilterInput>({});
  const onFilterChange = useCallback((patch: Partial<CustomerFilterInput>) => setFilter((f) => mergeFilter(f, patch)), []);
  const list = usePoolList(filter);
  const quota = useClaimQuota();
  const { claimCustomers } = useClaimCustomers();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [claiming, setClaiming] = useState<Set<string>>(new Set());
  const [refusals, setRefusals] = useState<Refusals>({});

  const names = new Map(list.rows.map((row) => [row.id, row.companyName]));
  const visibleSelected = list.rows.filter((row) => selected.has(row.id)).map((row) => row.id);

  async function claim(ids: string[]) {
    if (ids.length === 0) return;
    setClaiming(new Set(ids));
    try {
      const results = await claimCustomers(ids);
      const won = results.filter((r) => r.ok);
      setRefusals((current) => {
        const next = { ...current };
        for (const r of results) {
          if (r.ok) delete next[r.customerId];
          else next[r.customerId] = { code: r.code, message: claimRefusalMessage(r) };
        }
        return next;
      });
      setSelected((current) => {
        const next = new Set(current);
        for (const r of won) next.delete(r.customerId);
        return next;
      });
      if (won.length === 1) notify(`${names.get(won[0].customerId) ?? 'The customer'} is now yours`, 'success');
      else if (won.length > 1) notify(`${won.length} customers are now yours`, 'success');
      else if (results.length > 1) notify('None of the selected customers could be claimed', 'warning');
    } catch (error) {
      handleError(error);
    } finally {
      setClaiming(new Set());
    }
  }

  return (
    <>
      <PageHeader
        title="Public pool"
        subtitle="Customers without an owner, waiting to be claimed."
        actions={
          <Button
            variant="contained"
            disabled={visibleSelected.length === 0 || claiming.size > 0}
            onClick={() => void claim(visibleSelected)}
            data-testid="claim-selected"
          >
            Claim selected{visibleSelected.length > 0 ? ` (${visibleSelected.length})` : ''}
          </Button>
        }
      />
      <ClaimQuotaMeter quota={quota.data?.claimQuota} />
      <CustomerFilterBar filter={filter} onChange={onFilterChange} showOwner={false} />
      {list.error ? (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={<Button color="inherit" size="small" onClick={() => void list.refetch()}>Retry</Button>}
        >
          {describeError(list.error).message}
        </Alert>
      ) : null}
      <Box data-testid="pool-list" data-total={list.total}>
        {list.loading ? <LinearProgress sx={{ mb: 1 }} /> : null}
        {list.rows.length === 0 && !list.loading ? (
          <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
            No pool customers match these filters.
          </Typography>
        ) : null}
        <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', xl: '1fr 1fr 1fr' } }}>
          {list.rows.map((customer) => (
            <PoolCustomerCard
              key={customer.id}
              customer={customer}
              now={now}
              selected={selected.has(customer.id)}
              onSelect={(on) =>
                setSelected((current) => {
                  const next = new Set(current);
                  if (on) next.add(customer.id);
                  else next.delete(customer.id);
                  return next;
                })
              }
              onClaim={() => void claim([customer.id])}
              claiming={claiming.has(customer.id)}
              refusal={refusals[customer.id]}
            />
          ))}
        </Box>
        <ListPager page={list.page} pageSize={POOL_PAGE_SIZE} total={list.total} hasNextPage={list.hasNextPage} onPageChange={list.goTo} />
      </Box>
    </>
  );
}
