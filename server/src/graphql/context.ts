import type { Viewer } from '@berth/domain';
import { BerthError } from '@berth/domain';
import { viewerOf, type AuthenticatedUser } from '../modules/auth/authenticated-user';
import type { Services } from '../services';
import { createLoaders, type Loaders } from './loaders';

/** What a login or logout needs from the HTTP layer; absent on WebSocket operations. */
export interface SessionCookieControl {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** The same context shape for HTTP requests and WebSocket operations. */
export interface AppContext {
  user: AuthenticatedUser | null;
  services: Services;
  loaders: Loaders;
  cookies?: SessionCookieControl;
  /**
   * The HTTP client's address as Express reads it (req.ip: X-Forwarded-For only from proxies
   * BERTH_TRUST_PROXY names), for per-address login limits; absent on WebSocket operations.
   */
  clientAddress?: string;
}

export async function buildContext(services: Services, token: string | null, cookies?: SessionCookieControl, clientAddress?: string): Promise<AppContext> {
  const user = token ? await services.auth.authenticate(token) : null;
  return { user, services, loaders: freshLoaders(services), cookies, clientAddress };
}

/** The request's batchers; a subscription builds new ones per event, so no relation outlives its event. */
export function freshLoaders(services: Services): Loaders {
  return createLoaders({ ...services.repositories, collaborators: services.collaborators });
}

/** The viewer of an operation that requires sign-in (resolvers behind @Authorized have one). */
export function viewerFrom(ctx: AppContext): Viewer {
  if (!ctx.user) throw new BerthError('UNAUTHENTICATED');
  return viewerOf(ctx.user);
}
