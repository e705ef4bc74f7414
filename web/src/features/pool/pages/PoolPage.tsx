import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { ListPager } from '../../../shared/components/ListPager';
import { PageHeader } from '../../../shared/components/PageHeader';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { useNow } from '../../../shared/hooks/useNow';
import { useI18n } from '../../../i18n/I18nProvider';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { seesTeam } from '../../auth/me-query';
import { claimBlock, claimRoom, type ClaimHold } from '../claim-availability';
import { AssignDialog, type AssignTarget } from '../components/AssignDialog';
import { ClaimFailures } from '../components/ClaimFailures';
import { ClaimQuotaMeter } from '../components/ClaimQuotaMeter';
import { PoolCustomerCard } from '../components/PoolCustomerCard';
import { PoolFilterBar } from '../components/PoolFilterBar';
import { PoolHistoryDialog } from '../components/PoolHistoryDialog';
import type { AssignResult } from '../hooks/useAssignCustomers';
import { useClaimQuota } from '../hooks/useClaimQuota';
import { usePoolClaims } from '../hooks/usePoolClaims';
import { usePoolFilter } from '../hooks/usePoolFilter';
import { POOL_PAGE_SIZE, usePoolList } from '../hooks/usePoolList';
import { useSelection } from '../hooks/useSelection';

export function PoolPage() {
  const now = useNow(60_000);
  const { t, fmt } = useI18n();
  const notify = useNotify();
  const manages = seesTeam(useCurrentUser().role);
  const filter = usePoolFilter();
  const list = usePoolList(filter.input);
  const quota = useClaimQuota();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const known = new Map([...names, ...list.rows.map((row) => [row.id, row.companyName] as const)]);
  const { claim, claiming, refusals, failures, dismissFailures } = usePoolClaims(known);
  const { selected, toggle, drop } = useSelection();
  const room = claimRoom(quota.data?.claimQuota, t);
  // ?customer=ID opens that customer's history: where a link to a customer now in the pool leads.
  const [params, setParams] = useSearchParams();
  const linked = params.get('customer');
  const [picked, setPicked] = useState<{ id: string; companyName: string } | null>(null);
  const linkedCustomer = useMemo(() => (linked ? { id: linked, companyName: '' } : null), [linked]);
  const history = picked ?? linkedCustomer;
  const setHistory = (customer: { id: string; companyName: string } | null) => {
    setPicked(customer);
    if (customer || !linked) return;
    setParams(
      (current) => {
        current.delete('customer');
        return current;
      },
      { replace: true },
    );
  };
  const [assigning, setAssigning] = useState<AssignTarget | null>(null);

  const visibleSelected = list.rows.filter((row) => selected.has(row.id)).map((row) => row.id);
  // A manager ticks customers to assign as well: their own claim room never limits the ticking.
  const cardBlock = (hold: ClaimHold | null, ticked: boolean) => {
    const block = claimBlock(hold, room, visibleSelected.length, ticked, { t, fmt }, now);
    return manages ? { ...block, select: null } : block;
  };

  async function claimAndDrop(ids: string[]) {
    const results = await claim(ids);
    const won = results?.filter((r) => r.ok).map((r) => r.customerId) ?? [];
    drop(won);
    return won;
  }

  function openAssign(target: AssignTarget) {
    // Results name customers that leave the list as they are assigned: remember the names now.
    setNames(known);
    setAssigning(target);
  }

  function assigned(results: AssignResult[]) {
    const done = results.filter((r) => r.ok).map((r) => r.customerId);
    drop(done);
    if (done.length > 0) notify(t('pool.page.assigned', { count: done.length }), 'success');
    else notify(t('pool.page.noneAssigned'), 'warning');
  }

  const actions = (
    <>
      <Button variant="contained" disabled={visibleSelected.length === 0 || claiming.size > 0 || visibleSelected.length > room.left}
        onClick={() => void claimAndDrop(visibleSelected)} data-testid="claim-selected">
        {t('pool.page.claimSelected', { count: visibleSelected.length })}
      </Button>
      {manages ? (
        <>
          <Button variant="outlined" disabled={visibleSelected.length === 0} data-testid="assign-selected"
            onClick={() => openAssign({ kind: 'selected', ids: visibleSelected })}>
            {t('pool.page.assignSelected', { count: visibleSelected.length })}
          </Button>
          <Button variant="outlined" disabled={list.total === 0} data-testid="assign-matching"
            onClick={() => openAssign({ kind: 'matching', filter: filter.input, total: list.total })}>
            {t('pool.page.assignMatching', { count: fmt.count(list.total) })}
          </Button>
        </>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader title={t('pool.page.title')} subtitle={t('pool.page.subtitle')} actions={actions} />
      <ClaimQuotaMeter quota={quota.data?.claimQuota} />
      <PoolFilterBar values={filter.values} onChange={filter.onChange} />
      <ClaimFailures failures={failures} onDismiss={dismissFailures} />
      {list.error ? <RetryAlert error={list.error} onRetry={list.refetch} sx={{ mb: 2 }} /> : null}
      <Box data-testid="pool-list" data-total={list.total}>
        {list.loading ? <LinearProgress sx={{ mb: 1 }} /> : null}
        {list.rows.length === 0 && !list.loading ? (
          <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
            {t('pool.page.empty')}
          </Typography>
        ) : null}
        <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', xl: '1fr 1fr 1fr' } }}>
          {list.rows.map((customer) => (
            <PoolCustomerCard
              key={customer.id}
              customer={customer}
              now={now}
              selected={selected.has(customer.id)}
              onSelect={(on) => toggle(customer.id, on)}
              onClaim={() => void claimAndDrop([customer.id])}
              onHistory={() => setHistory({ id: customer.id, companyName: customer.companyName })}
              claiming={claiming.has(customer.id)}
              refusal={refusals[customer.id]}
              block={cardBlock(customer.claimHold, selected.has(customer.id))}
            />
          ))}
        </Box>
        <ListPager page={list.page} pageSize={POOL_PAGE_SIZE} total={list.total} hasNextPage={list.hasNextPage} onPageChange={list.goTo} />
      </Box>
      <PoolHistoryDialog
        customer={history}
        now={now}
        onClose={() => setHistory(null)}
        onClaim={(id) => void claimAndDrop([id]).then((won) => won.includes(id) && setHistory(null))}
        claiming={history !== null && claiming.has(history.id)}
        refusal={history ? refusals[history.id] : undefined}
        room={room}
      />
      {assigning ? <AssignDialog target={assigning} names={names} onClose={() => setAssigning(null)} onAssigned={assigned} /> : null}
    </>
  );
}
