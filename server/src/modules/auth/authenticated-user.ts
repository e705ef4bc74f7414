import type { Role, Viewer } from '@berth/domain';

/** The signed-in user of a request or socket. */
export interface AuthenticatedUser {
  id: number;
  name: string;
  email: string;
  role: Role;
  departmentId: number | null;
  departmentPath: string | null;
  sessionTokenHash: string;
  /** When this session stops working; live sockets on it are closed then. */
  sessionExpiresAt: Date;
}

export function viewerOf(user: AuthenticatedUser): Viewer {
  return { userId: user.id, role: user.role, departmentPath: user.departmentPath };
}
