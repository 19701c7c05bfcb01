import { ADMIN_ROLES, STAFF_ROLES, type Role } from '@yilian/shared';
import type { Me } from '../api/types';

/** The i18n key of each role's label. */
export const ROLE_LABEL_KEYS: Record<Role, string> = {
  'city-admin': 'role.cityAdmin',
  'county-admin': 'role.countyAdmin',
  'window-clerk': 'role.windowClerk',
  reviewer: 'role.reviewer',
  supervisor: 'role.supervisor',
  citizen: 'role.citizen',
  company: 'role.company',
};

/** Roles that work in the staff workbench (window + department inbox + supervision). */
export const WORKBENCH_ROLES: readonly Role[] = ['window-clerk', 'reviewer', 'supervisor'];

/** Roles that apply for services in the portal. */
export const APPLICANT_ROLES: readonly Role[] = ['citizen', 'company'];

export { ADMIN_ROLES, STAFF_ROLES };

/** The user's roles without duplicates (a reviewer may hold the role in several departments). */
export function rolesOf(me: Me | null): Role[] {
  return me ? [...new Set(me.user.roles.map((r) => r.role))] : [];
}

/** True when the user holds at least one of the roles. */
export function hasAnyRole(me: Me | null, roles: readonly Role[]): boolean {
  return rolesOf(me).some((role) => roles.includes(role));
}
