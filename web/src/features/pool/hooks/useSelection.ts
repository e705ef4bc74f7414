import { useCallback, useState } from 'react';

/** Ticked cards by id; ids that leave the list stay ticked until dropped, so callers intersect with what is shown. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((id: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const drop = useCallback((ids: string[]) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) next.delete(id);
      return next;
    });
  }, []);
  return { selected, toggle, drop };
}
