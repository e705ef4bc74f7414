import type { Role } from '@berth/domain';
import type { Translate } from '../../i18n/translator';
import { graphql } from '../../gql';
import type { Viewer_UserFragment } from '../../gql/graphql';

/**
 * The signed-in user. `locale` is null until they choose (the browser's is used), `timeZone` is the
 * team's, and `allClashAlerts` is an admin's choice (null for everyone else). The API's User
 * leaves `role` null for people outside the viewer's own team; the viewer is always inside it,
 * so `assertViewer` checks it once, where `me` arrives.
 */
export type Viewer = Viewer_UserFragment & { role: Role };

export function assertViewer(user: Viewer_UserFragment): asserts user is Viewer {
  if (user.role === null) throw new Error('The signed-in user came without a role');
}

/** The login payload selects the same fields, so it can seed this query's cache entry. */
export const VIEWER_FIELDS = graphql(`
  fragment Viewer_user on User {
    id
    name
    email
    role
    department {
      id
      name
    }
    locale
    timeZone
    allClashAlerts
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...Viewer_user
    }
  }
`);

/** "Sales rep", "Manager", "Admin" in the viewer's language. */
export function roleLabel(role: Role, t: Translate): string {
  return t(`auth.role.${role}`);
}

/** Managers and admins look at a team's customers, reps at their own. */
export function seesTeam(role: Role): boolean {
  return role !== 'REP';
}
