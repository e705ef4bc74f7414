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
import { zhCN } from '@mui/x-data-grid/locales';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Formatter } from '../../../i18n/formatter';
import type { Translate } from '../../../i18n/translator';
import { CUSTOMER_FIELD_LABELS as LABELS } from '../customer-labels';
import { StatusChip, TagChips, TierChip } from './CustomerChips';
import type { CustomersGridCustomer } from './CustomersGrid.fragment';
import { ProtectionBadge } from './ProtectionBadge';

function timeCell(iso: string | null, fmt: Formatter, now: Date) {
  return (
    <Tooltip title={fmt.dateTime(iso)}>
      <span>{fmt.relative(iso, now)}</span>
    </Tooltip>
  );
}

interface Countdown {
  now: Date;
  policy: PoolPolicy;
}

/** The columns, worded in the viewer's language. */
function columns(showOwner: boolean, { now, policy }: Countdown, t: Translate, fmt: Formatter): GridColDef<CustomersGridCustomer>[] {
  const cols: (GridColDef<CustomersGridCustomer> | false)[] = [
    {
      field: 'companyName',
      headerName: t('customers.grid.company'),
      flex: 1.5,
      minWidth: 160,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={`/customers/${row.id}`} underline="hover" sx={{ fontWeight: 600 }}>
          {row.companyName}
        </Link>
      ),
    },
    { field: 'tier', headerName: t(LABELS.tier), width: 60, sortable: false, renderCell: ({ row }) => <TierChip tier={row.tier} /> },
    { field: 'status', headerName: t(LABELS.status), width: 124, sortable: false, renderCell: ({ row }) => <StatusChip status={row.status} /> },
    {
      field: 'protectedUntil',
      headerName: t('customers.grid.protection'),
      width: 128,
      // Soonest end first on the first click; pool customers (no end) come last that way.
      sortingOrder: ['asc', 'desc'],
      renderCell: ({ row }) =>
        row.owner ? <ProtectionBadge protectedUntil={row.protectedUntil} status={row.status} locked={row.locked} now={now} policy={policy} /> : null,
    },
    { field: 'industry', headerName: t(LABELS.industry), flex: 1, minWidth: 100, sortable: false },
    { field: 'region', headerName: t(LABELS.regionId), width: 100, sortable: false, valueGetter: (_v, row) => row.region?.name ?? '' },
    showOwner && {
      field: 'owner',
      headerName: t('customers.field.owner'),
      width: 130,
      sortable: false,
      renderCell: ({ row }) =>
        row.owner ? row.owner.name : <Typography variant="body2" color="text.secondary">{t('customers.publicPool')}</Typography>,
    },
    { field: 'tags', headerName: t(LABELS.tags), flex: 1, minWidth: 120, sortable: false, renderCell: ({ row }) => <TagChips tags={row.tags} max={2} /> },
    { field: 'ownedSince', headerName: t('customers.grid.ownedSince'), width: 110, renderCell: ({ row }) => timeCell(row.ownedSince, fmt, now) },
    { field: 'updatedAt', headerName: t('customers.grid.updated'), width: 120, renderCell: ({ row }) => timeCell(row.updatedAt, fmt, now) },
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
  const { locale, t, fmt } = useI18n();
  // Rebuilt when the clock ticks (once a minute) so the countdown cells render again, and when the language changes.
  const cols = useMemo(() => columns(showOwner, { now, policy }, t, fmt), [showOwner, now, policy, t, fmt]);
  // The grid's own words (column menu, pagination) in Chinese when the viewer reads Chinese.
  const localeText = useMemo(
    () => ({
      ...(locale === 'zh-CN' ? zhCN.components.MuiDataGrid.defaultProps.localeText : undefined),
      noRowsLabel: t('customers.noMatches'),
    }),
    [locale, t],
  );
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
      localeText={localeText}
      sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' } }}
    />
  );
}
