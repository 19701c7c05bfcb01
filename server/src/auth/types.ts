import type { Role } from '@yilian/shared';

export interface RoleGrant {
  role: Role;
  departmentId: string | null;
}

/** A signed-in user with their role grants. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  tenantId: string;
  kind: 'staff' | 'citizen' | 'company';
  roles: RoleGrant[];
}

/** Who is acting: the user, their session and the tenant they act in. Services take it as a plain argument. */
export interface AuthState {
  user: AuthUser;
  /** The session's token hash ('' for an actor without a session, e.g. right after login). */
  tokenHash: string;
  /** The tenant the user is acting in (tenant switcher); always one the user may see. */
  tenantId: string;
}
