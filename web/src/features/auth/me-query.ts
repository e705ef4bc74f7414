import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Role } from '@berth/domain';
import type { Translate } from '../../i18n/translator';

export interface Viewer {
  __typename?: 'User';
  id: string;
  name: string;
  // The API's User leaves email and role null for people outside the viewer's own team; the
  // viewer is always inside it, so here they are set.
  email: string;
  role: Role;
  department: { __typename?: 'Department'; id: string; name: string } | null;
  /** The language the user chose (null until they choose: the browser's is used). */
  locale: string | null;
  /** The zone dates are shown in: the team's. */
  timeZone: string;
  /** An admin's choice to hear of clashes on every team's customers; null for everyone else (they have no such choice). */
  allClashAlerts: boolean | null;
}

/** The login payload selects the same fields, so it can seed this query's cache entry. */
export const VIEWER_FIELDS = gql`
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
`;

export const ME_QUERY: TypedDocumentNode<{ me: Viewer | null }, Record<string, never>> = gql`
  query Me {
    me {
      ...Viewer_user
    }
  }
  ${VIEWER_FIELDS}
`;

/** "Sales rep", "Manager", "Admin" in the viewer's language. */
export function roleLabel(role: Role, t: Translate): string {
  return t(`auth.role.${role}`);
}

/** Managers and admins look at a team's customers, reps at their own. */
export function seesTeam(role: Role): boolean {
  return role !== 'REP';
}
