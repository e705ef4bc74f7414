import { useCallback, useEffect, useRef } from 'react';

/**
 * Runs `action` at once for the first call, then at most once per `windowMs`: calls inside the
 * window are answered by one more run when it ends. The first event of a burst is shown without a
 * wait; an assignment of 50 customers (50 events) costs two reads, not fifty.
 *
 * When `action` returns a promise (a read), a call that comes while it is still running is answered
 * by one more run after it settles, never by joining it: identical reads in flight are shared, so
 * joining would answer the last event with data read before it, and nothing would correct it.
 */
export function useCoalesced(action: () => unknown, windowMs: number): () => void {
  const actionRef = useRef(action);
  actionRef.current = action;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const pending = useRef(false);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const run = useCallback(() => {
    pending.current = false;
    const settle = () => {
      if (!alive.current || timer.current || inFlight.current || !pending.current) return;
      run();
    };
    timer.current = setTimeout(() => {
      timer.current = null;
      settle();
    }, windowMs);
    const result = actionRef.current();
    if (result && typeof (result as PromiseLike<unknown>).then === 'function') {
      inFlight.current = true;
      void Promise.resolve(result)
        .catch(() => undefined)
        .finally(() => {
          inFlight.current = false;
          settle();
        });
    }
  }, [windowMs]);

  return useCallback(() => {
    if (timer.current || inFlight.current) {
      pending.current = true;
      return;
    }
    run();
  }, [run]);
}
