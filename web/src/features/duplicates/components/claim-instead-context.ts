import { createContext, useContext } from 'react';

/**
 * Lets a duplicate panel deep inside a form close that form after claiming the pool match
 * instead. The customer form dialog provides it; without it, the navigation alone leaves.
 */
export const ClaimInsteadContext = createContext<{ onClaimed?: () => void }>({});

export function useClaimInsteadContext() {
  return useContext(ClaimInsteadContext);
}
