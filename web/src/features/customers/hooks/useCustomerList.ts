import { useEffect, useRef, useState } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import { CUSTOMER_CARD_LIST_FRAGMENT, type CustomerCardListCustomer } from '../components/CustomerCardList.fragment';
import { CUSTOMERS_GRID_FRAGMENT, type CustomersGridCustomer } from '../components/CustomersGrid.fragment';
import type { Connection, CustomerFilterInput, CustomerSortField, CustomerSortInput } from '../customer-types';

export type CustomerListRow = CustomersGridCustomer & CustomerCardListCustomer;

interface CustomersVars {
  filter: CustomerFilterInput;
  sort: CustomerSortInput;
  first: number;
  after: string | null;
}

export const CUSTOMERS_QUERY: TypedDocumentNode<{ customers: Connection<CustomerListRow> }, CustomersVars> = gql`
  query Customers($filter: CustomerFilter, $sort: CustomerSort, $first: Int!, $after: String) {
    customers(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          ...CustomersGrid_customer
          ...CustomerCardList_customer
        }
      }
    }
  }
  ${CUSTOMERS_GRID_FRAGMENT}
  ${CUSTOMER_CARD_LIST_FRAGMENT}
`;

const SORT_FIELDS: Record<string, CustomerSortField> = {
  companyName: 'COMPANY_NAME',
  ownedSince: 'OWNED_SINCE',
  updatedAt: 'UPDATED_AT',
  createdAt: 'CREATED_AT',
};
const DEFAULT_SORT: GridSortModel = [{ field: 'updatedAt', sort: 'desc' }];
export const DEFAULT_PAGE_SIZE = 25;

function toSortInput(model: GridSortModel): CustomerSortInput {
  const [first] = model.length > 0 ? model : DEFAULT_SORT;
  return { field: SORT_FIELDS[first.field] ?? 'UPDATED_AT', direction: first.sort === 'asc' ? 'ASC' : 'DESC' };
}

interface Paging {
  key: string;
  page: number;
  /** cursors[n] is the `after` that fetches page n; page 0 starts at null. */
  cursors: (string | null)[];
}

/**
 * One page of customers from the cursor-paged API, shaped for a page-numbered grid.
 * The API pages forward only, so the hook remembers each page's starting cursor to go back.
 */
export function useCustomerList(filter: CustomerFilterInput) {
  const [sortModel, setSortModel] = useState<GridSortModel>(DEFAULT_SORT);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const key = JSON.stringify([filter, sortModel, pageSize]);
  const [paging, setPaging] = useState<Paging>({ key, page: 0, cursors: [null] });

  // New filters, sort or page size make the remembered cursors meaningless: start over.
  let current = paging;
  if (paging.key !== key) {
    current = { key, page: 0, cursors: [null] };
    setPaging(current);
  }

  const { data, previousData, loading, error, refetch } = useQuery(CUSTOMERS_QUERY, {
    variables: { filter, sort: toSortInput(sortModel), first: pageSize, after: current.cursors[current.page] ?? null },
    fetchPolicy: 'cache-and-network',
  });

  const connection = data?.customers;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  useEffect(() => {
    if (!endCursor) return;
    setPaging((p) => {
      if (p.key !== key || p.cursors[p.page + 1] === endCursor) return p;
      const cursors = p.cursors.slice(0, p.page + 1);
      cursors[p.page + 1] = endCursor;
      return { ...p, cursors };
    });
  }, [endCursor, key]);

  // Keep the last known total while a page loads, or the pager jumps to "0 of 0".
  const lastTotal = useRef(0);
  if (connection) lastTotal.current = connection.totalCount;

  function onPaginationModelChange(model: GridPaginationModel) {
    if (model.pageSize !== pageSize) return setPageSize(model.pageSize);
    // Only pages whose starting cursor is known can be reached (the grid steps one at a time).
    setPaging((p) => (model.page === 0 || p.cursors[model.page] ? { ...p, page: model.page } : p));
  }

  const shown = connection ?? previousData?.customers;
  return {
    rows: shown?.edges.map((edge) => edge.node) ?? [],
    rowCount: lastTotal.current,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    refetch,
    paginationModel: { page: current.page, pageSize },
    onPaginationModelChange,
    sortModel,
    onSortModelChange: (model: GridSortModel) => setSortModel(model.length > 0 ? model : DEFAULT_SORT),
  };
}
