import { asc } from 'drizzle-orm';
import { tenants } from '../db/schema';
import type { Db, Tx } from '../db/client';

export type TenantRow = typeof tenants.$inferSelect;

import type { TenantNode } from '@yilian/shared';

export type { TenantNode };

/** All tenants, flat, in seed order. */
export function listTenants(db: Db | Tx): TenantRow[] {
  return db.select().from(tenants).orderBy(asc(tenants.sortOrder)).all();
}

/** The tenant tree built from the flat list (roots = tenants without parent). */
export function tenantTree(db: Db | Tx): TenantNode[] {
  const rows = listTenants(db);
  const nodes = new Map<string, TenantNode>(rows.map((r) => [r.id, { id: r.id, name: r.name, kind: r.kind, parentId: r.parentId, children: [] }]));
  const roots: TenantNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.parentId ? nodes.get(n.parentId) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  return roots;
}
