import { useEffect, useState } from 'react';

/**
 * True from the render where `key` becomes a new non-null value until `ms` later; false for null.
 * For news worth showing for a moment ("reconnected") without a state machine in the caller.
 */
export function useBriefly(key: object | null, ms: number): boolean {
  const [expired, setExpired] = useState<object | null>(null);
  useEffect(() => {
    if (!key) return;
    const timer = setTimeout(() => setExpired(key), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return key !== null && expired !== key;
}
