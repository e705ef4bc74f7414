import { useMemo, useState } from 'react';
import type { PoolPolicy } from '@berth/domain';
import { DataGrid, type GridColumnVisibilityModel, type GridPaginationModel, type GridRowSelectionModel, type GridSortModel } from '@mui/x-data-grid';
import { zhCN } from '@mui/x-data-grid/locales';
import { useI18n } from '../../../i18n/I18nProvider';
import { LIST_PAGE_SIZES } from '../customer-list-url';
import { customerGridColumns, hiddenColumnsFor, type GridRoom } from './customers-grid-columns';
import type { CustomersGridCustomer } from './CustomersGrid.fragment';

interface Props {
  rows: CustomersGridCustomer[];
  rowCount: number;
  loading: boolean;
  showOwner: boolean;
  paginationModel: GridPaginationModel;
  onPaginationModelChange: (model: GridPaginationModel) => void;
  sortModel: GridSortModel;
  onSortModelChange: (model: GridSortModel) => void;
  /** How much room the window leaves: narrower screens drop secondary columns rather than scroll sideways. */
  room?: GridRoom;
  /** The page's clock and the served policy: every row's countdown agrees on both. */
  now: Date;
  policy: PoolPolicy;
  /** Ticked rows, for a manager's bulk moves; without it there are no checkboxes. */
  selection?: { ids: string[]; onChange: (ids: string[]) => void };
}

/** The grid's model as the ids ticked on this page ("all but these" after the header checkbox). */
function tickedIds(model: GridRowSelectionModel, rows: { id: string }[]): string[] {
  return model.type === 'include' ? [...model.ids].map(String) : rows.filter((r) => !model.ids.has(r.id)).map((r) => r.id);
}

/** Server-paged and server-sorted: the grid only shows the page the API returned. */
export function CustomersGrid({ rows, rowCount, loading, showOwner, room = 'LAPTOP', now, policy, selection, ...paging }: Props) {
  const { locale, t, fmt } = useI18n();
  // Rebuilt when the clock ticks (once a minute) so the countdown cells render again, and when the language changes.
  const cols = useMemo(() => customerGridColumns(showOwner, { now, policy }, t, fmt), [showOwner, now, policy, t, fmt]);
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
  const visibility = useMemo(() => ({ ...hiddenColumnsFor(room, showOwner), ...chosen }), [chosen, room, showOwner]);
  const selectionIds = selection?.ids;
  const rowSelectionModel = useMemo<GridRowSelectionModel>(() => ({ type: 'include', ids: new Set(selectionIds ?? []) }), [selectionIds]);

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
      pageSizeOptions={[...LIST_PAGE_SIZES]}
      columnVisibilityModel={visibility}
      onColumnVisibilityModelChange={setChosen}
      disableColumnFilter
      disableRowSelectionOnClick
      checkboxSelection={Boolean(selection)}
      // The bar above the list says how many are ticked, and offers what to do with them.
      hideFooterSelectedRowCount
      rowSelectionModel={rowSelectionModel}
      onRowSelectionModelChange={(model) => selection?.onChange(tickedIds(model, rows))}
      autoHeight
      localeText={localeText}
      sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' } }}
    />
  );
}
