import { eq } from 'drizzle-orm';
import { tenants } from '../db/schema';
import type { Db, Tx } from '../db/client';
import type { AuthUser } from '../auth/types';
import { cityTenantId } from './root-tenant';

/** City admins and city supervisors see every tenant; everyone else only their own. */
export function seesAllTenants(db: Db | Tx, user: AuthUser): boolean {
  return (
    user.roles.some((r) => r.role === 'city-admin' || r.role === 'supervisor') &&
    user.tenantId === cityTenantId(db)
  );
}

/** Whether the user may act in (switch to) the given tenant. */
export function maySeeTenant(db: Db | Tx, user: AuthUser, tenantId: string): boolean {
  if (seesAllTenants(db, user)) return db.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, tenantId)).get() !== undefined;
  return user.tenantId === tenantId;
}
