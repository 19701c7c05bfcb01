import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { departments } from '../db/schema';
import type { Database } from '../db/database';
import type { AuthState } from '../auth/types';
import { DomainError } from '../errors';
import { recordAudit } from '../audit/record';
import { assertCodeFree, getDepartment, type Department } from './repository';

/** Creates a department in the acting tenant (codes unique per tenant, else 409 path `code`); audited. */
export async function createDepartment(db: Database, auth: AuthState, input: { code: string; name: string }, now: Date): Promise<Department> {
  return db.withTx(async (tx) => {
    await assertCodeFree(tx, auth.tenantId, input.code);
    const id = randomUUID();
    await tx.insert(departments).values({ id, tenantId: auth.tenantId, code: input.code, name: input.name, createdAt: now.toISOString() });
    const after = await getDepartment(tx, auth.tenantId, id);
    await recordAudit(db, tx, auth, now, { action: 'department.create', targetType: 'department', targetId: id, after });
    return after;
  });
}

/** Renames or recodes a department of the acting tenant (another tenant's is a 404); audited when something changes. */
export async function updateDepartment(db: Database, auth: AuthState, id: string, input: { code?: string | undefined; name?: string | undefined }, now: Date): Promise<Department> {
  return db.withTx(async (tx) => {
    const before = await getDepartment(tx, auth.tenantId, id);
    if (input.code === undefined && input.name === undefined) return before; // nothing to write, nothing to audit
    if (input.code !== undefined) await assertCodeFree(tx, auth.tenantId, input.code, id);
    await tx.update(departments)
      .set({ code: input.code ?? before.code, name: input.name ?? before.name })
      .where(and(eq(departments.tenantId, auth.tenantId), eq(departments.id, id)));
    const after = await getDepartment(tx, auth.tenantId, id);
    await recordAudit(db, tx, auth, now, { action: 'department.update', targetType: 'department', targetId: id, before, after });
    return after;
  });
}

/** Deletes a department of the acting tenant; refused (409) while role grants reference it; audited. */
export async function deleteDepartment(db: Database, auth: AuthState, id: string, now: Date): Promise<void> {
  await db.withTx(async (tx) => {
    const before = await getDepartment(tx, auth.tenantId, id);
    if (before.userCount > 0) {
      throw new DomainError('conflict', 'conflict', `该部门仍有 ${before.userCount} 个用户角色，不能删除`, { params: { reason: 'department_in_use', count: before.userCount } });
    }
    await tx.delete(departments).where(and(eq(departments.tenantId, auth.tenantId), eq(departments.id, id)));
    await recordAudit(db, tx, auth, now, { action: 'department.delete', targetType: 'department', targetId: id, before });
  });
}
