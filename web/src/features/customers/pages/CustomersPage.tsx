import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Add from '@mui/icons-material/Add';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useT } from '../../../i18n/I18nProvider';
import { seesTeam } from '../../auth/me-query';
import { ListPager } from '../../../shared/components/ListPager';
import { PageHeader } from '../../../shared/components/PageHeader';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { useNow } from '../../../shared/hooks/useNow';
import { usePoolPolicy } from '../../settings/hooks/usePoolPolicy';
import { CreateCustomerDialog } from '../components/CreateCustomerDialog';
import { CustomerCardList } from '../components/CustomerCardList';
import { CustomerFilterBar } from '../components/CustomerFilterBar';
import { CustomersGrid } from '../components/CustomersGrid';
import { ExpiringSoonPanel } from '../components/ExpiringSoonPanel';
import { TeamFigureChip } from '../components/TeamFigureChip';
import { readTeamFigure, withoutTeamFigure } from '../../team/team-figure-link';
import { useCustomerList } from '../hooks/useCustomerList';
import { useCustomerListUrl } from '../hooks/useCustomerListUrl';
import { useExpiringSoon } from '../hooks/useExpiringSoon';
import { useGridRoom } from '../hooks/useGridRoom';
import { CUSTOMERS_PAGE } from '../customer-labels';
import { BulkMoveBar } from '../../moves/components/BulkMoveBar';
import { MoveDialogFor, type MoveKind, type OpenMove } from '../../moves/components/CustomerMoves';
import { useListSelection } from '../../moves/hooks/useListSelection';
import { soleOwner } from '../../moves/move-target';

export function CustomersPage() {
  const t = useT();
  const user = useCurrentUser();
  const team = seesTeam(user.role);
  const phone = useIsPhone();
  const room = useGridRoom();
  // Filters, sort and page size live in the URL: a reload keeps them, a link shares them, Back undoes a change.
  const { filter, sort, pageSize, onFilterChange, onShapeChange } = useCustomerListUrl({ withOwner: team });
  const [creating, setCreating] = useState(false);
  // A number opened from the Team page (?figure=HOLDINGS&rep=12): exactly its customers, beside the bar's filters.
  const [searchParams, setSearchParams] = useSearchParams();
  const searched = searchParams.toString();
  const teamFigure = useMemo(() => readTeamFigure(new URLSearchParams(searched)), [searched]);
  const listFilter = useMemo(() => (teamFigure ? { ...filter, teamFigure } : filter), [filter, teamFigure]);
  const list = useCustomerList(listFilter, { sort, pageSize, onChange: onShapeChange });
  // One clock and one policy for the whole page: the panel and the list count down together.
  const now = useNow();
  const { rules: policy, loading: policyLoading } = usePoolPolicy();
  const expiring = useExpiringSoon(now, policy, { skip: policyLoading });
  // Each role sees a different list (own, team, everyone's), so the title and what it holds differ too.
  const heading = CUSTOMERS_PAGE[user.role];
  // A manager ticks customers (or takes all matching) to move them to other reps or to the pool.
  const selection = useListSelection(JSON.stringify(listFilter));
  const tickedRows = list.rows.filter((row) => selection.ids.includes(row.id));
  const ticked = tickedRows.map((row) => row.id);
  const [moving, setMoving] = useState<(OpenMove & { names: ReadonlyMap<string, string> }) | null>(null);
  const openMove = (kind: MoveKind) =>
    setMoving({
      kind,
      target: selection.allMatching ? { kind: 'matching', filter: listFilter, total: list.rowCount } : { kind: 'selected', ids: ticked, ownerId: soleOwner(tickedRows) },
      // Results name customers that may leave the list as they move: remember the names now.
      names: new Map(list.rows.map((row) => [row.id, row.companyName])),
    });

  return (
    <>
      <PageHeader
        title={t(heading.title)}
        subtitle={t(heading.subtitle)}
        actions={
          <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)} data-testid="new-customer-button">
            {t('customers.page.new')}
          </Button>
        }
      />
      <ExpiringSoonPanel
        customers={expiring.customers}
        now={now}
        policy={policy}
        showOwner={team}
        compact={phone}
        more={expiring.more}
        loading={expiring.loading}
        failed={Boolean(expiring.error)}
        onRetry={() => void expiring.refetch()}
      />
      <CustomerFilterBar filter={filter} onChange={onFilterChange} showOwner={team} />
      {teamFigure ? (
        <TeamFigureChip
          filter={teamFigure}
          viewerId={user.id}
          viewerName={user.name}
          showOwner={team}
          onRemove={() => setSearchParams(withoutTeamFigure(searchParams))}
        />
      ) : null}
      {team && ticked.length > 0 ? (
        <BulkMoveBar count={ticked.length} total={list.rowCount} allMatching={selection.allMatching}
          onSelectAllMatching={selection.selectAllMatching} onClear={selection.clear} onOpen={openMove} />
      ) : null}
      {list.error ? <RetryAlert error={list.error} onRetry={list.refetch} sx={{ mb: 2 }} /> : null}
      <Box data-testid="customers-grid" data-view={phone ? 'cards' : 'grid'} data-total={list.rowCount}>
        {phone ? (
          <>
            <CustomerCardList customers={list.rows} loading={list.loading} showOwner={team} now={now} policy={policy}
              selection={team ? { ids: ticked, onToggle: selection.toggle } : undefined} />
            <ListPager
              page={list.paginationModel.page}
              pageSize={list.paginationModel.pageSize}
              total={list.rowCount}
              hasNextPage={list.hasNextPage}
              onPageChange={(page) => list.onPaginationModelChange({ ...list.paginationModel, page })}
            />
          </>
        ) : (
          <CustomersGrid
            rows={list.rows}
            rowCount={list.rowCount}
            loading={list.loading}
            showOwner={team}
            room={room}
            now={now}
            policy={policy}
            selection={team ? { ids: ticked, onChange: selection.setIds } : undefined}
            paginationModel={list.paginationModel}
            onPaginationModelChange={list.onPaginationModelChange}
            sortModel={list.sortModel}
            onSortModelChange={list.onSortModelChange}
          />
        )}
      </Box>
      <CreateCustomerDialog open={creating} onClose={() => setCreating(false)} />
      {moving ? <MoveDialogFor move={moving} names={moving.names} onClose={() => setMoving(null)} onDone={selection.clear} /> : null}
    </>
  );
}
