import { and, asc, count, eq, ne, or } from 'drizzle-orm';
import { departments, userRoles } from '../db/schema';
import type { Reader, Tx } from '../db/database';
import { duplicate, notFound } from '../errors';
import { containsText } from '../db/like';

/** A department with the number of role grants referencing it. */
export interface Department {
  id: string;
  tenantId: string;
  code: string;
  name: string;
  userCount: number;
}

const columns = {
  id: departments.id,
  tenantId: departments.tenantId,
  code: departments.code,
  name: departments.name,
  userCount: count(userRoles.id),
};

/** The tenant's departments with the number of role grants referencing each, ordered by code. */
export function listDepartments(db: Reader, tenantId: string): Promise<Department[]> {
  return db
    .select(columns)
    .from(departments)
    .leftJoin(userRoles, eq(userRoles.departmentId, departments.id))
    .where(eq(departments.tenantId, tenantId))
    .groupBy(departments.id)
    .orderBy(asc(departments.code));
}

/** One page of the tenant's departments (code or name containing `q`), ordered by code, with the total. */
export async function pageDepartments(db: Reader, tenantId: string, query: { q?: string | undefined; page: number; pageSize: number }) {
  const where = and(eq(departments.tenantId, tenantId), query.q ? or(containsText(departments.code, query.q), containsText(departments.name, query.q)) : undefined);
  const [counted] = await db.select({ n: count() }).from(departments).where(where);
  const items: Department[] = await db
    .select(columns)
    .from(departments)
    .leftJoin(userRoles, eq(userRoles.departmentId, departments.id))
    .where(where)
    .groupBy(departments.id)
    .orderBy(asc(departments.code))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items, total: counted?.n ?? 0 };
}

/** One department of the tenant; another tenant's department is answered exactly like a missing one. */
export async function getDepartment(db: Reader, tenantId: string, id: string): Promise<Department> {
  const [row] = await db
    .select(columns)
    .from(departments)
    .leftJoin(userRoles, eq(userRoles.departmentId, departments.id))
    .where(and(eq(departments.tenantId, tenantId), eq(departments.id, id)))
    .groupBy(departments.id);
  if (!row) throw notFound('部门');
  return row;
}

/**
 * Throws 409 (path 'code') when another department of the tenant already uses the code. A concurrent
 * twin that passes this check is refused by the unique index (errors/unique-conflicts.ts, also 409).
 */
export async function assertCodeFree(tx: Tx, tenantId: string, code: string, exceptId?: string): Promise<void> {
  const [clash] = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.tenantId, tenantId), eq(departments.code, code), exceptId ? ne(departments.id, exceptId) : undefined))
    .limit(1);
  if (clash) throw duplicate(`部门编码 ${code} 已存在`, 'code', { reason: 'department_code', code });
}
