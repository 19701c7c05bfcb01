import { and, asc, count, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Role } from '@yilian/shared';
import { userRoles, users } from '../db/schema';
import type { Reader } from '../db/database';
import { containsText } from '../db/like';
import type { UserRow } from './types';
import { toUserRows } from './user-row';

export interface UserListQuery {
  tenantId: string;
  q?: string | undefined;
  role?: Role | undefined;
  page: number;
  pageSize: number;
}

/** One page of the tenant's users (q matches username, display name or mobile; role filters by grant). */
export async function listUsers(db: Reader, query: UserListQuery): Promise<{ items: UserRow[]; total: number }> {
  const conds: SQL[] = [eq(users.tenantId, query.tenantId)];
  if (query.q) {
    conds.push(or(containsText(users.username, query.q), containsText(users.displayName, query.q), containsText(users.mobile, query.q))!);
  }
  if (query.role) {
    conds.push(inArray(users.id, db.select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, query.role))));
  }
  const where = and(...conds);
  const [counted] = await db.select({ n: count() }).from(users).where(where);
  const total = counted?.n ?? 0;
  const records = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.username))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items: await toUserRows(db, records), total };
}
