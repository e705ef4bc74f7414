import { useEffect, useRef } from 'react';
import { useDebouncedSearch } from '../../../shared/hooks/useDebouncedSearch';

/**
 * The search box over a filter kept elsewhere (the URL): typing reports once it settles, and a
 * text that changes from outside (Back, Forward, Clear) shows in the box. Only a text other than
 * the one last reported counts as outside, so a report landing mid-typing never overwrites keys
 * typed since.
 */
export function useFilterSearchText(searched: string | undefined, onSearch: (text: string | undefined) => void) {
  const reported = useRef(searched);
  const [text, setText] = useDebouncedSearch(searched, (next) => {
    reported.current = next;
    onSearch(next);
  });
  useEffect(() => {
    if (searched === reported.current) return;
    reported.current = searched;
    setText(searched ?? '');
  }, [searched, setText]);
  return [text, setText] as const;
}
