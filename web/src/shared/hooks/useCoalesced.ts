import { useCallback, useEffect, useRef } from 'react';

/**
 * Runs `action` at once for the first call, then at most once per `windowMs`: calls inside the
 * window are answered by one more run when it ends. The first event of a burst is shown without a
 * wait; an assignment of 50 customers (50 events) costs two reads, not fifty.
 */
export function useCoalesced(action: () => void, windowMs: number): () => void {
  const actionRef = useRef(action);
  actionRef.current = action;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef(false);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return useCallback(() => {
    if (timer.current) {
      pending.current = true;
      return;
    }
    actionRef.current();
    const close = () => {
      if (pending.current) {
        pending.current = false;
        actionRef.current();
        timer.current = setTimeout(close, windowMs);
      } else {
        timer.current = null;
      }
    };
    timer.current = setTimeout(close, windowMs);
  }, [windowMs]);
}
