import { asc, isNull } from 'drizzle-orm';
import { tenants } from '../db/schema';
import type { Db, Tx } from '../db/client';
import type { TenantRow } from './tenant-tree';

/**
 * The root of the tenant tree: the city (the tenant without a parent). It owns the matter catalog and
 * the chains, its administrators see every tenant, and its settings are every tenant's defaults.
 * Read from the database on every call (an indexed lookup), never cached in the process: several
 * server nodes may share the database.
 */
export function rootTenant(db: Db | Tx): TenantRow {
  const roots = db.select().from(tenants).where(isNull(tenants.parentId)).orderBy(asc(tenants.sortOrder)).limit(2).all();
  if (roots.length !== 1) throw new Error(`the tenant tree must have exactly one root (the city); found ${roots.length}`);
  return roots[0]!;
}

/** The city's tenant id (the root of the tenant tree). */
export const cityTenantId = (db: Db | Tx): string => rootTenant(db).id;
