import { asc } from 'drizzle-orm';
import { tenants } from '../db/schema';
import type { Reader } from '../db/database';

export type TenantRow = typeof tenants.$inferSelect;

import type { TenantNode } from '@yilian/shared';

export type { TenantNode };

/** All tenants, flat, in seed order. */
export function listTenants(db: Reader): Promise<TenantRow[]> {
  return db.select().from(tenants).orderBy(asc(tenants.sortOrder));
}

/** The tenant tree built from the flat list (roots = tenants without parent). */
export async function tenantTree(db: Reader): Promise<TenantNode[]> {
  const rows = await listTenants(db);
  const nodes = new Map<string, TenantNode>(rows.map((r) => [r.id, { id: r.id, name: r.name, kind: r.kind, parentId: r.parentId, children: [] }]));
  const roots: TenantNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.parentId ? nodes.get(n.parentId) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  return roots;
}
