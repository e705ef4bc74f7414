import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { PoolPolicy } from '@berth/domain';
import type { GridColDef, GridColumnVisibilityModel } from '@mui/x-data-grid';
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

/** Cells lay out as flex rows (to centre chips), which drops the grid's own ellipsis: text brings its own. */
const CLIPPED = { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

function textCell(text: string | null | undefined) {
  return text ? <Box component="span" title={text} sx={CLIPPED}>{text}</Box> : null;
}

interface Countdown {
  now: Date;
  policy: PoolPolicy;
}

/**
 * The columns, worded in the viewer's language. Minimum widths hold their widest usual content
 * ("Following up" as a chip, "Kept · locked" with its icon, "3 months ago"); free text columns
 * (company, industry, region, owner, tags) share what is left by `flex`.
 */
export function customerGridColumns(showOwner: boolean, { now, policy }: Countdown, t: Translate, fmt: Formatter): GridColDef<CustomersGridCustomer>[] {
  const cols: (GridColDef<CustomersGridCustomer> | false)[] = [
    {
      field: 'companyName',
      headerName: t('customers.grid.company'),
      flex: 1.6,
      minWidth: 150,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={`/customers/${row.id}`} underline="hover" title={row.companyName} sx={{ fontWeight: 600, ...CLIPPED }}>
          {row.companyName}
        </Link>
      ),
    },
    { field: 'tier', headerName: t('customers.grid.tier'), width: 56, sortable: false, renderCell: ({ row }) => <TierChip tier={row.tier} /> },
    { field: 'status', headerName: t(LABELS.status), width: 120, sortable: false, renderCell: ({ row }) => <StatusChip status={row.status} /> },
    {
      field: 'protectedUntil',
      headerName: t('customers.grid.protection'),
      width: 128,
      // Soonest end first on the first click; pool customers (no end) come last that way.
      sortingOrder: ['asc', 'desc'],
      renderCell: ({ row }) =>
        row.owner ? <ProtectionBadge protectedUntil={row.protectedUntil} status={row.status} locked={row.locked} now={now} policy={policy} /> : null,
    },
    { field: 'industry', headerName: t(LABELS.industry), flex: 1, minWidth: 92, sortable: false, renderCell: ({ row }) => textCell(row.industry) },
    {
      field: 'region',
      headerName: t(LABELS.regionId),
      flex: 0.8,
      minWidth: 84,
      sortable: false,
      valueGetter: (_v, row) => row.region?.name ?? '',
      renderCell: ({ row }) => textCell(row.region?.name),
    },
    showOwner && {
      field: 'owner',
      headerName: t('customers.field.owner'),
      flex: 0.9,
      minWidth: 108,
      sortable: false,
      renderCell: ({ row }) =>
        row.owner ? textCell(row.owner.name) : <Typography variant="body2" color="text.secondary" noWrap>{t('customers.publicPool')}</Typography>,
    },
    { field: 'tags', headerName: t(LABELS.tags), flex: 1, minWidth: 104, sortable: false, renderCell: ({ row }) => <TagChips tags={row.tags} max={2} /> },
    { field: 'ownedSince', headerName: t('customers.grid.ownedSince'), width: 110, renderCell: ({ row }) => timeCell(row.ownedSince, fmt, now) },
    { field: 'updatedAt', headerName: t('customers.grid.updated'), width: 108, renderCell: ({ row }) => timeCell(row.updatedAt, fmt, now) },
  ];
  return cols.filter((c): c is GridColDef<CustomersGridCustomer> => Boolean(c));
}

/**
 * How much room the grid has beside the navigation drawer (248 px from `md`) and the page's
 * padding (2 × 24 px), by window width:
 * TABLET below 1200 px, SMALL_LAPTOP from 1200, LAPTOP from 1280 (1280 × 800 and 1366 × 768
 * screens), WIDE from 1536.
 */
export type GridRoom = 'TABLET' | 'SMALL_LAPTOP' | 'LAPTOP' | 'WIDE';

/**
 * Columns left out by default where they would not fit without scrolling sideways. On a laptop a
 * team's list keeps owner, region, status and protection; "owned since" goes first (the
 * protection countdown says more), then tags.
 */
const HIDDEN: Record<GridRoom, { own: GridColumnVisibilityModel; team: GridColumnVisibilityModel }> = {
  TABLET: {
    own: { industry: false, region: false, ownedSince: false, tags: false },
    team: { industry: false, region: false, ownedSince: false, tags: false },
  },
  SMALL_LAPTOP: { own: { ownedSince: false }, team: { ownedSince: false, tags: false } },
  LAPTOP: { own: { ownedSince: false }, team: { ownedSince: false } },
  WIDE: { own: {}, team: {} },
};

export function hiddenColumnsFor(room: GridRoom, showOwner: boolean): GridColumnVisibilityModel {
  return showOwner ? HIDDEN[room].team : HIDDEN[room].own;
}
