import { and, eq } from 'drizzle-orm';
import { matterLocals } from '../db/schema';
import type { Database, Reader } from '../db/database';
import type { AuthState } from '../auth/types';
import { recordAudit } from '../audit/record';
import { catalogTenantId } from './catalog-tenant';
import { getMatterRow } from './matter-queries';
import type { LocalElement } from './locked-elements';

export type LocalElements = Partial<Record<LocalElement, string>>;

/** The acting tenant's local elements of a matter ({} when none are set). */
export async function readLocals(db: Reader, tenantId: string, matterId: string): Promise<LocalElements> {
  const [row] = await db.select({ elements: matterLocals.elements }).from(matterLocals)
    .where(and(eq(matterLocals.tenantId, tenantId), eq(matterLocals.matterId, matterId)));
  return row?.elements ?? {};
}

/** Replaces the acting tenant's local elements of a matter; audited. */
export async function writeLocals(db: Database, auth: AuthState, code: string, elements: LocalElements, now: Date): Promise<LocalElements> {
  return db.withTx(async (tx) => {
    const row = await getMatterRow(tx, await catalogTenantId(tx), code);
    const [existing] = await tx.select().from(matterLocals).where(and(eq(matterLocals.tenantId, auth.tenantId), eq(matterLocals.matterId, row.id)));
    const nowIso = now.toISOString();
    if (existing) {
      await tx.update(matterLocals).set({ elements, updatedAt: nowIso, updatedBy: auth.user.username }).where(eq(matterLocals.id, existing.id));
    } else {
      await tx.insert(matterLocals).values({ tenantId: auth.tenantId, matterId: row.id, elements, updatedAt: nowIso, updatedBy: auth.user.username });
    }
    await recordAudit(db, tx, auth, now, { action: 'matter.local', targetType: 'matter', targetId: code, before: existing?.elements ?? {}, after: elements });
    return elements;
  });
}
