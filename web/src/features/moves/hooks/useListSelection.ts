import { useCallback, useState } from 'react';

interface State {
  /** The list the selection belongs to (its filter): another list starts with none. */
  list: string;
  ids: string[];
  /** Every customer the list's filters match, beyond the page: the move sends the filter. */
  allMatching: boolean;
}

/**
 * Ticked rows of a filtered, paged list, and the "all N matching" choice. Changing the filter
 * (`list`) drops both: a selection made under other filters would move customers no longer shown.
 */
export function useListSelection(list: string) {
  const [state, setState] = useState<State>({ list, ids: [], allMatching: false });
  let current = state;
  if (state.list !== list) {
    current = { list, ids: [], allMatching: false };
    setState(current);
  }
  const setIds = useCallback((ids: string[]) => setState({ list, ids, allMatching: false }), [list]);
  const toggle = useCallback(
    (id: string, on: boolean) => setState((s) => ({ ...s, allMatching: false, ids: on ? [...s.ids.filter((x) => x !== id), id] : s.ids.filter((x) => x !== id) })),
    [],
  );
  const selectAllMatching = useCallback(() => setState((s) => ({ ...s, allMatching: true })), []);
  const clear = useCallback(() => setState({ list, ids: [], allMatching: false }), [list]);
  return { ids: current.ids, allMatching: current.allMatching, setIds, toggle, selectAllMatching, clear };
}
