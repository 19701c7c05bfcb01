import type { AuthUser } from '../http/context';

export const CITY_TENANT_ID = '370800';

/** City admins and city supervisors see every tenant; everyone else only their own. */
export function seesAllTenants(user: AuthUser): boolean {
  return (
    user.tenantId === CITY_TENANT_ID &&
    user.roles.some((r) => r.role === 'city-admin' || r.role === 'supervisor')
  );
}

/** Whether the user may act in (switch to) the given tenant. */
export function maySeeTenant(user: AuthUser, tenantId: string, allTenantIds: readonly string[]): boolean {
  if (seesAllTenants(user)) return allTenantIds.includes(tenantId);
  return user.tenantId === tenantId;
}
