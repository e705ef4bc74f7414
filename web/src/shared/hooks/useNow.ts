import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs`, so countdowns stay true while a screen is
 * open. Call it once per list and pass `now` down: every row then agrees on the moment.
 */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
