import type { GrantableRole, UserRow as UserRowContract } from '@yilian/shared';

/** Roles an administrator may grant; citizen/company accounts come only from self-registration. */
export { GRANTABLE_ROLES, type GrantableRole } from '@yilian/shared';

/** A requested role grant (a reviewer needs a department of the acting tenant). */
export interface RoleGrantInput {
  role: GrantableRole;
  departmentId?: string | null | undefined;
}

/** A user as administrators see it: the mobile masked, the grants with their departments' names. */
export type UserRow = UserRowContract;
