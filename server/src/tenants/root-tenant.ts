import { asc, isNull } from 'drizzle-orm';
import { tenants } from '../db/schema';
import type { Reader } from '../db/database';
import type { TenantRow } from './tenant-tree';

/**
 * The root of the tenant tree: the city (the tenant without a parent). It owns the matter catalog and
 * the chains, its administrators see every tenant, and its settings are every tenant's defaults.
 * Read from the database on every call (an indexed lookup), never cached in the process: several
 * server nodes may share the database.
 */
export async function rootTenant(db: Reader): Promise<TenantRow> {
  const roots = await db.select().from(tenants).where(isNull(tenants.parentId)).orderBy(asc(tenants.sortOrder)).limit(2);
  if (roots.length !== 1) throw new Error(`the tenant tree must have exactly one root (the city); found ${roots.length}`);
  return roots[0]!;
}

/** The city's tenant id (the root of the tenant tree). */
export const cityTenantId = async (db: Reader): Promise<string> => (await rootTenant(db)).id;
