import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { PoolPolicy } from '@berth/domain';
import {
  DataGrid,
  type GridColDef,
  type GridColumnVisibilityModel,
  type GridPaginationModel,
  type GridSortModel,
} from '@mui/x-data-grid';
import { formatDateTime, formatRelative } from '../../../shared/format/dates';
import { StatusChip, TagChips, TierChip } from './CustomerChips';
import type { CustomersGridCustomer } from './CustomersGrid.fragment';
import { ProtectionBadge } from './ProtectionBadge';

function timeCell(iso: string | null) {
  return (
    <Tooltip title={formatDateTime(iso)}>
      <span>{formatRelative(iso)}</span>
    </Tooltip>
  );
}

interface Countdown {
  now: Date;
  policy: PoolPolicy;
}

function columns(showOwner: boolean, { now, policy }: Countdown): GridColDef<CustomersGridCustomer>[] {
  const cols: (GridColDef<CustomersGridCustomer> | false)[] = [
    {
      field: 'companyName',
      headerName: 'Company',
      flex: 1.5,
      minWidth: 160,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={`/customers/${row.id}`} underline="hover" sx={{ fontWeight: 600 }}>
          {row.companyName}
        </Link>
      ),
    },
    { field: 'tier', headerName: 'Tier', width: 60, sortable: false, renderCell: ({ row }) => <TierChip tier={row.tier} /> },
    { field: 'status', headerName: 'Status', width: 124, sortable: false, renderCell: ({ row }) => <StatusChip status={row.status} /> },
    {
      field: 'protectedUntil',
      headerName: 'Protection',
      width: 128,
      // Soonest end first on the first click; pool customers (no end) come last that way.
      sortingOrder: ['asc', 'desc'],
      renderCell: ({ row }) =>
        row.owner ? <ProtectionBadge protectedUntil={row.protectedUntil} status={row.status} locked={row.locked} now={now} policy={policy} /> : null,
    },
    { field: 'industry', headerName: 'Industry', flex: 1, minWidth: 100, sortable: false },
    { field: 'region', headerName: 'Region', width: 100, sortable: false, valueGetter: (_v, row) => row.region?.name ?? '' },
    showOwner && {
      field: 'owner',
      headerName: 'Owner',
      width: 130,
      sortable: false,
      renderCell: ({ row }) =>
        row.owner ? row.owner.name : <Typography variant="body2" color="text.secondary">Public pool</Typography>,
    },
    { field: 'tags', headerName: 'Tags', flex: 1, minWidth: 120, sortable: false, renderCell: ({ row }) => <TagChips tags={row.tags} max={2} /> },
    { field: 'ownedSince', headerName: 'Owned since', width: 110, renderCell: ({ row }) => timeCell(row.ownedSince) },
    { field: 'updatedAt', headerName: 'Updated', width: 120, renderCell: ({ row }) => timeCell(row.updatedAt) },
  ];
  return cols.filter((c): c is GridColDef<CustomersGridCustomer> => Boolean(c));
}

const COMPACT_HIDDEN: GridColumnVisibilityModel = { industry: false, region: false, ownedSince: false, tags: false };
/**
 * Laptops beside the navigation drawer: the protection countdown says more than "owned since",
 * and a team's list needs the owner more than the region.
 */
const MEDIUM_HIDDEN: GridColumnVisibilityModel = { ownedSince: false };
const MEDIUM_TEAM_HIDDEN: GridColumnVisibilityModel = { ownedSince: false, region: false };

function hiddenFor(compact: boolean, wide: boolean, showOwner: boolean): GridColumnVisibilityModel {
  if (compact) return COMPACT_HIDDEN;
  if (wide) return {};
  return showOwner ? MEDIUM_TEAM_HIDDEN : MEDIUM_HIDDEN;
}

interface Props {
  rows: CustomersGridCustomer[];
  rowCount: number;
  loading: boolean;
  showOwner: boolean;
  paginationModel: GridPaginationModel;
  onPaginationModelChange: (model: GridPaginationModel) => void;
  sortModel: GridSortModel;
  onSortModelChange: (model: GridSortModel) => void;
  /** Narrow laptops and tablets drop the secondary columns rather than scroll sideways. */
  compact?: boolean;
  /** Wide screens have room for every column. */
  wide?: boolean;
  /** The page's clock and the served policy: every row's countdown agrees on both. */
  now: Date;
  policy: PoolPolicy;
}

/** Server-paged and server-sorted: the grid only shows the page the API returned. */
export function CustomersGrid({ rows, rowCount, loading, showOwner, compact = false, wide = false, now, policy, ...paging }: Props) {
  // Rebuilt when the clock ticks (once a minute) so the countdown cells render again.
  const cols = useMemo(() => columns(showOwner, { now, policy }), [showOwner, now, policy]);
  // The user's own choices (column menu) win over the narrow-screen defaults.
  const [chosen, setChosen] = useState<GridColumnVisibilityModel>({});
  const visibility = useMemo(() => ({ ...hiddenFor(compact, wide, showOwner), ...chosen }), [chosen, compact, wide, showOwner]);

  return (
    <DataGrid
      rows={rows}
      columns={cols}
      rowCount={rowCount}
      loading={loading}
      paginationMode="server"
      sortingMode="server"
      filterMode="server"
      paginationModel={paging.paginationModel}
      onPaginationModelChange={paging.onPaginationModelChange}
      sortModel={paging.sortModel}
      onSortModelChange={paging.onSortModelChange}
      sortingOrder={['desc', 'asc']}
      pageSizeOptions={[10, 25, 50, 100]}
      columnVisibilityModel={visibility}
      onColumnVisibilityModelChange={setChosen}
      disableColumnFilter
      disableRowSelectionOnClick
      autoHeight
      localeText={{ noRowsLabel: 'No customers match these filters.' }}
      sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' } }}
    />
  );
}
