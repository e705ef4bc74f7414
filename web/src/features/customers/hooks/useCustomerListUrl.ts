import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { mergeFilter } from '../customer-filter';
import { customerListSearch, readCustomerListView, writeCustomerListView, type CustomerListView } from '../customer-list-url';
import type { CustomerFilterInput } from '../customer-types';

interface Shown {
  view: CustomerListView;
  /** The router's search when `view` was last squared with it. */
  routerSearch: string;
  /** Searches this page asked for that the router has not shown yet, oldest first. */
  writes: string[];
}

/** A search the router cannot have: after Back or Forward, whatever it shows next is adopted. */
const POPPED = '\u0000popped';

/**
 * The customer list's filters, sort and page size, kept in the URL (customer-list-url.ts): a
 * reload keeps them, a link shares them, and every deliberate change is one history entry that
 * Back undoes. The search box reports only once typing settles (useDebouncedSearch), so a typed
 * word is one entry too, not one per key.
 *
 * The page shows its own changes at once and writes them to the URL beside: the router renders
 * a navigation in a transition, which on this heavy page took from half a second to five
 * (React's transition expiry) before a picked filter even showed in its select, and a change
 * made meanwhile would have been built on the URL before it. What the URL says on its own
 * (Back, Forward, a link) replaces what is shown.
 */
export function useCustomerListUrl({ withOwner }: { withOwner: boolean }) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const search = searchParams.toString();

  const [shown, setShown] = useState<Shown>(() => ({ view: readCustomerListView(searchParams, { withOwner }), routerSearch: search, writes: [] }));
  let current = shown;
  if (shown.routerSearch !== search) {
    const ours = shown.writes.indexOf(search);
    current =
      ours >= 0
        ? { ...shown, routerSearch: search, writes: shown.writes.slice(ours + 1) }
        : { view: readCustomerListView(searchParams, { withOwner }), routerSearch: search, writes: [] };
    setShown(current);
  }
  // Several changes can come between two renders (a search settling as a select is picked).
  const latest = useRef(current);
  latest.current = current;

  useEffect(() => {
    const popped = () => {
      latest.current = { ...latest.current, routerSearch: POPPED, writes: [] };
      setShown(latest.current);
    };
    window.addEventListener('popstate', popped);
    return () => window.removeEventListener('popstate', popped);
  }, []);

  const change = useCallback(
    (next: (view: CustomerListView) => CustomerListView) => {
      const now = latest.current;
      const wanted = next(now.view);
      // Nothing changed (a search reporting the text it already has): no entry to step back
      // through, and junk in the URL stays until a real change rewrites it.
      if (writeCustomerListView(wanted).toString() === writeCustomerListView(now.view).toString()) return;
      const base = now.writes.at(-1) ?? (now.routerSearch === POPPED ? search : now.routerSearch);
      const to = writeCustomerListView(wanted, new URLSearchParams(base));
      latest.current = { view: wanted, routerSearch: now.routerSearch, writes: [...now.writes, to.toString()] };
      setShown(latest.current);
      navigate({ search: customerListSearch(to) });
    },
    [navigate, search],
  );

  const onFilterChange = useCallback(
    (patch: Partial<CustomerFilterInput>) => change((view) => ({ ...view, filter: mergeFilter(view.filter, patch) })),
    [change],
  );
  const onShapeChange = useCallback(
    (patch: Partial<Pick<CustomerListView, 'sort' | 'pageSize'>>) => change((view) => ({ ...view, ...patch })),
    [change],
  );

  return { ...current.view, onFilterChange, onShapeChange };
}
