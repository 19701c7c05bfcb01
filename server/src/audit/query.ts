import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { auditLog } from '../db/schema';
import type { Reader } from '../db/database';
import type { AuthUser } from '../auth/types';
import { seesAllTenants } from '../tenants';

export interface AuditQuery {
  /** Only entries of this tenant; undefined = every entry (including tenant-less ones such as seeding). */
  tenantId?: string | undefined;
  action?: string | undefined;
  limit: number;
  offset: number;
}

/** One page of audit entries, newest first, with the total matching count. */
export async function queryAudit(db: Reader, q: AuditQuery) {
  const conds: SQL[] = [];
  if (q.tenantId !== undefined) conds.push(eq(auditLog.tenantId, q.tenantId));
  if (q.action) conds.push(eq(auditLog.action, q.action));
  const where = conds.length > 0 ? and(...conds) : undefined;
  const [counted] = await db.select({ n: count() }).from(auditLog).where(where);
  const rows = await db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(q.limit).offset(q.offset);
  const total = counted?.n ?? 0;
  return { rows, total };
}

/**
 * One page of the audit log as the user may see it: city admins and city supervisors see every entry,
 * everyone else only their own (home) tenant's.
 */
export async function auditPageFor(db: Reader, user: AuthUser, q: { action?: string | undefined; page: number; pageSize: number }) {
  return queryAudit(db, {
    tenantId: (await seesAllTenants(db, user)) ? undefined : user.tenantId,
    action: q.action,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
}
