import { eq } from 'drizzle-orm';
import { tenants } from '../db/schema';
import type { Reader } from '../db/database';
import type { AuthUser } from '../auth/types';
import { cityTenantId } from './root-tenant';

/** City admins and city supervisors see every tenant; everyone else only their own. */
export async function seesAllTenants(db: Reader, user: AuthUser): Promise<boolean> {
  return (
    user.roles.some((r) => r.role === 'city-admin' || r.role === 'supervisor') &&
    user.tenantId === (await cityTenantId(db))
  );
}

/** Whether the user may act in (switch to) the given tenant. */
export async function maySeeTenant(db: Reader, user: AuthUser, tenantId: string): Promise<boolean> {
  if (await seesAllTenants(db, user)) return (await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, tenantId))).length > 0;
  return user.tenantId === tenantId;
}
