import type { AuthChecker } from 'type-graphql';
import { BerthError, type Role } from '@berth/domain';
import type { AppContext } from './context';

/** `@Authorized()` needs a signed-in user; `@Authorized('ADMIN')` also one of the roles. */
export const authChecker: AuthChecker<AppContext, Role> = ({ context }, roles) => {
  if (!context.user) throw new BerthError('UNAUTHENTICATED');
  if (roles.length && !roles.includes(context.user.role)) throw new BerthError('FORBIDDEN');
  return true;
};
