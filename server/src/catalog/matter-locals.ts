import { and, eq } from 'drizzle-orm';
import { matterLocals } from '../db/schema';
import type { Db } from '../db/client';
import type { AuthState } from '../auth/types';
import { recordAudit } from '../audit/record';
import { catalogTenantId } from './catalog-tenant';
import { getMatterRow } from './matter-queries';
import type { LocalElement } from './locked-elements';

export type LocalElements = Partial<Record<LocalElement, string>>;

/** The acting tenant's local elements of a matter ({} when none are set). */
export function readLocals(db: Db, tenantId: string, matterId: string): LocalElements {
  return db.select({ elements: matterLocals.elements }).from(matterLocals)
    .where(and(eq(matterLocals.tenantId, tenantId), eq(matterLocals.matterId, matterId))).get()?.elements ?? {};
}

/** Replaces the acting tenant's local elements of a matter; audited. */
export function writeLocals(db: Db, auth: AuthState, code: string, elements: LocalElements, now: Date): LocalElements {
  return db.transaction((tx) => {
    const row = getMatterRow(tx, catalogTenantId(tx), code);
    const existing = tx.select().from(matterLocals).where(and(eq(matterLocals.tenantId, auth.tenantId), eq(matterLocals.matterId, row.id))).get();
    const nowIso = now.toISOString();
    if (existing) {
      tx.update(matterLocals).set({ elements, updatedAt: nowIso, updatedBy: auth.user.username }).where(eq(matterLocals.id, existing.id)).run();
    } else {
      tx.insert(matterLocals).values({ tenantId: auth.tenantId, matterId: row.id, elements, updatedAt: nowIso, updatedBy: auth.user.username }).run();
    }
    recordAudit(tx, auth, now, { action: 'matter.local', targetType: 'matter', targetId: code, before: existing?.elements ?? {}, after: elements });
    return elements;
  });
}
