import { and, asc, count, desc, eq, or, type SQL } from 'drizzle-orm';
import { matterVersions, matters } from '../db/schema';
import type { Reader } from '../db/database';
import { notFound } from '../errors';
import { containsText } from '../db/like';

export interface MatterFilter {
  q?: string;
  department?: string;
  type?: string;
  subject?: string;
  page: number;
  pageSize: number;
}

/** One page of a tenant's matters, searched by name/code and filtered by department, type, subject. */
export async function listMatters(db: Reader, tenantId: string, f: MatterFilter) {
  const conds: SQL[] = [eq(matters.tenantId, tenantId)];
  if (f.q) {
    conds.push(or(containsText(matters.name, f.q), containsText(matters.code, f.q), containsText(matters.department, f.q))!);
  }
  if (f.department) conds.push(eq(matters.department, f.department));
  if (f.type) conds.push(eq(matters.type, f.type));
  if (f.subject) conds.push(containsText(matters.subject, f.subject));
  const where = and(...conds);
  const [counted] = await db.select({ n: count() }).from(matters).where(where);
  const total = counted?.n ?? 0;
  const items = await db
    .select({ code: matters.code, name: matters.name, department: matters.department, type: matters.type, subject: matters.subject, currentVersion: matters.currentVersion, updatedAt: matters.updatedAt })
    .from(matters).where(where).orderBy(asc(matters.code)).limit(f.pageSize).offset((f.page - 1) * f.pageSize);
  return { items, total };
}

/** The distinct departments of a tenant's catalog, for the filter. */
export async function matterDepartments(db: Reader, tenantId: string): Promise<string[]> {
  return (await db.selectDistinct({ d: matters.department }).from(matters).where(eq(matters.tenantId, tenantId)).orderBy(asc(matters.department))).map((r) => r.d);
}

/** A matter row by code, or 404. */
export async function getMatterRow(db: Reader, tenantId: string, code: string) {
  const [row] = await db.select().from(matters).where(and(eq(matters.tenantId, tenantId), eq(matters.code, code)));
  if (!row) throw notFound('事项');
  return row;
}

/** A matter's version history, newest first (without contents). */
export function matterHistory(db: Reader, matterId: string) {
  return db
    .select({ version: matterVersions.version, source: matterVersions.source, note: matterVersions.note, createdAt: matterVersions.createdAt, createdBy: matterVersions.createdBy })
    .from(matterVersions).where(eq(matterVersions.matterId, matterId)).orderBy(desc(matterVersions.version));
}

/** The content of one version of a matter, or 404. */
export async function matterVersionContent(db: Reader, matterId: string, version: number) {
  const [row] = await db.select({ content: matterVersions.content, contentHash: matterVersions.contentHash }).from(matterVersions)
    .where(and(eq(matterVersions.matterId, matterId), eq(matterVersions.version, version)));
  if (!row) throw notFound('事项版本');
  return row;
}
