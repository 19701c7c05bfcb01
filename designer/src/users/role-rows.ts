import type { GrantableRole, RoleGrantInput, UserRoleRow } from '../api/users';
import { GRANTABLE_ROLES } from '../api/users';

/** One editable role row; `role` is empty until chosen. */
export interface RoleRowModel {
  role: GrantableRole | '';
  departmentId: string;
}

/** Role rows for a user's current grants (citizen/company grants are not editable here). */
export function rowsFromGrants(grants: readonly UserRoleRow[]): RoleRowModel[] {
  return grants
    .filter((g): g is UserRoleRow & { role: GrantableRole } => (GRANTABLE_ROLES as readonly string[]).includes(g.role))
    .map((g) => ({ role: g.role, departmentId: g.departmentId ?? '' }));
}

/** The request body of role rows (all rows must have a role by now). */
export function grantsFromRows(rows: readonly RoleRowModel[]): RoleGrantInput[] {
  return rows
    .filter((r): r is RoleRowModel & { role: GrantableRole } => r.role !== '')
    .map((r) => ({ role: r.role, departmentId: r.departmentId || null }));
}

/** Roles this administrator may grant: only a city administrator grants city-admin. */
export function grantableBy(isCityAdmin: boolean): GrantableRole[] {
  return GRANTABLE_ROLES.filter((role) => isCityAdmin || role !== 'city-admin');
}
