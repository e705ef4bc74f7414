import { createContext, useContext } from 'react';
import type { Viewer } from '../me-query';

export const CurrentUserContext = createContext<Viewer | null>(null);

/** The signed-in user; only valid below <RequireSignedIn>, which guarantees one exists. */
export function useCurrentUser(): Viewer {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used below <RequireSignedIn>');
  return user;
}
