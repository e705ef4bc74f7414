import { useCallback, useRef, useState } from 'react';

interface Paging {
  key: string;
  page: number;
  /** cursors[n] is the `after` that fetches page n; page 0 starts at null. */
  cursors: (string | null)[];
}

/**
 * Page numbers over a forward-only cursor API: remembers each page's starting cursor so the
 * user can go back, and starts over whenever `key` (filters, sort, page size) changes.
 * The caller queries with `after`, then hands the loaded page's end cursor to `remember`
 * (from an effect) and its total to `keepTotal`.
 */
export function useCursorPages(key: string) {
  const [paging, setPaging] = useState<Paging>({ key, page: 0, cursors: [null] });

  // New filters, sort or page size make the remembered cursors meaningless: start over.
  let current = paging;
  if (paging.key !== key) {
    current = { key, page: 0, cursors: [null] };
    setPaging(current);
  }

  const remember = useCallback(
    (endCursor: string | null) => {
      if (!endCursor) return;
      setPaging((p) => {
        if (p.key !== key || p.cursors[p.page + 1] === endCursor) return p;
        const cursors = p.cursors.slice(0, p.page + 1);
        cursors[p.page + 1] = endCursor;
        return { ...p, cursors };
      });
    },
    [key],
  );

  // Keep the last known total while a page loads, or the pager jumps to "0 of 0".
  const lastTotal = useRef(0);
  function keepTotal(totalCount: number | undefined): number {
    if (totalCount !== undefined) lastTotal.current = totalCount;
    return lastTotal.current;
  }

  /** Only pages whose starting cursor is known can be reached (pagers step one at a time). */
  const goTo = useCallback((page: number) => setPaging((p) => (page === 0 || p.cursors[page] ? { ...p, page } : p)), []);

  return { page: current.page, after: current.cursors[current.page] ?? null, remember, keepTotal, goTo };
}
