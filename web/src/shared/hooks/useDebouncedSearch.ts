import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The text of a search box, reported `SEARCH_DEBOUNCE_MS` after typing stops (trimmed; blank =
 * undefined, i.e. no filter). Returns the live text and its setter for the input.
 */
export function useDebouncedSearch(initial: string | null | undefined, onSearch: (text: string | undefined) => void) {
  const [text, setText] = useState(initial ?? '');
  const debounced = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const onSearchRef = useRef(onSearch);
  onSearchRef.current = onSearch;
  useEffect(() => {
    onSearchRef.current(debounced.trim() || undefined);
  }, [debounced]);
  return [text, setText] as const;
}
