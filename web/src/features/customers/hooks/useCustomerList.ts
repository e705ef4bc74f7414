import { useEffect, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import { useCursorPages } from '../../../shared/hooks/useCursorPages';
import type { TeamFigureFilter } from '../../team/team-types';
import { DEFAULT_LIST_SORT } from '../customer-list-url';
import type { CustomerFilterInput, CustomerSortField, CustomerSortInput } from '../customer-types';
import { graphql } from '../../../gql';
import type { CustomersQuery } from '../../../gql/graphql';

/** A row of the list: what CustomersGrid and CustomerCardList render. */
export type CustomerListRow = CustomersQuery['customers']['edges'][number]['node'];

/** The list's filter as sent: the filter bar's fields, plus a Team-page drill-down when one is open. */
export type CustomerListFilter = CustomerFilterInput & { teamFigure?: TeamFigureFilter };

export const CUSTOMERS_QUERY = graphql(`
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
`);

/** Grid column ↔ API order. */
const SORT_FIELDS: Record<string, CustomerSortField> = {
  companyName: 'COMPANY_NAME',
  ownedSince: 'OWNED_SINCE',
  protectedUntil: 'PROTECTED_UNTIL',
  updatedAt: 'UPDATED_AT',
  createdAt: 'CREATED_AT',
};
const COLUMN_OF = Object.fromEntries(Object.entries(SORT_FIELDS).map(([column, field]) => [field, column])) as Partial<Record<CustomerSortField, string>>;

export function sortModelOf(sort: CustomerSortInput): GridSortModel {
  const field = COLUMN_OF[sort.field];
  return field ? [{ field, sort: sort.direction === 'ASC' ? 'asc' : 'desc' }] : [];
}

export function sortInputOf(model: GridSortModel): CustomerSortInput {
  const [first] = model;
  const field = first ? SORT_FIELDS[first.field] : undefined;
  return field ? { field, direction: first.sort === 'asc' ? 'ASC' : 'DESC' } : DEFAULT_LIST_SORT;
}

/** How the list is ordered and cut into pages: the URL's (useCustomerListUrl), changed through `onChange`. */
interface ListShape {
  sort: CustomerSortInput;
  pageSize: number;
  onChange: (patch: { sort?: CustomerSortInput; pageSize?: number }) => void;
}

/**
 * One page of customers from the cursor-paged API, shaped for a page-numbered grid.
 * The API pages forward only: `useCursorPages` remembers each page's starting cursor to go back.
 */
export function useCustomerList(filter: CustomerListFilter, { sort, pageSize, onChange }: ListShape) {
  const pages = useCursorPages(JSON.stringify([filter, sort, pageSize]));

  const { data, previousData, loading, error, refetch } = useQuery(CUSTOMERS_QUERY, {
    variables: { filter, sort, first: pageSize, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });

  const connection = data?.customers;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const { remember } = pages;
  useEffect(() => remember(endCursor), [endCursor, remember]);
  const rowCount = pages.keepTotal(connection?.totalCount);

  function onPaginationModelChange(model: GridPaginationModel) {
    if (model.pageSize !== pageSize) return onChange({ pageSize: model.pageSize });
    pages.goTo(model.page);
  }

  const sortModel = useMemo(() => sortModelOf(sort), [sort]);
  const shown = connection ?? previousData?.customers;
  return {
    rows: shown?.edges.map((edge) => edge.node) ?? [],
    rowCount,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    refetch,
    paginationModel: { page: pages.page, pageSize },
    onPaginationModelChange,
    sortModel,
    onSortModelChange: (model: GridSortModel) => onChange({ sort: sortInputOf(model) }),
  };
}
