/** Roles an administrator may grant; citizen/company accounts come only from self-registration. */
export const GRANTABLE_ROLES = ['city-admin', 'county-admin', 'window-clerk', 'reviewer', 'supervisor'] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

/** A requested role grant (a reviewer needs a department of the acting tenant). */
export interface RoleGrantInput {
  role: GrantableRole;
  departmentId?: string | null | undefined;
}

/** A user as administrators see it: the mobile masked, the grants with their departments' names. */
export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  kind: 'staff' | 'citizen' | 'company';
  status: 'active' | 'disabled';
  mobile: string | null;
  roles: Array<{ role: string; departmentId: string | null; departmentName: string | null }>;
  createdAt: string;
}
