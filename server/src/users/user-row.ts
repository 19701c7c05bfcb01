import { and, asc, eq, inArray } from 'drizzle-orm';
import { isRole, maskMobile } from '@yilian/shared';
import { departments, userRoles, users } from '../db/schema';
import type { Reader } from '../db/database';
import { notFound } from '../errors';
import type { UserRow } from './types';

type UserRecord = typeof users.$inferSelect;
type RoleRow = UserRow['roles'][number];

/** Maps a user record to the list/response row; the mobile is always masked. */
export function toUserRow(u: UserRecord, roles: RoleRow[]): UserRow {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    kind: u.kind,
    status: u.status,
    mobile: u.mobile ? maskMobile(u.mobile) : null,
    roles,
    createdAt: u.createdAt,
  };
}

/** Role grants with department names, grouped by user id. */
async function rolesByUser(db: Reader, userIds: string[]): Promise<Map<string, RoleRow[]>> {
  const out = new Map<string, RoleRow[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .select({ userId: userRoles.userId, role: userRoles.role, departmentId: userRoles.departmentId, departmentName: departments.name })
    .from(userRoles)
    .leftJoin(departments, eq(departments.id, userRoles.departmentId))
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(userRoles.id));
  for (const { userId, ...role } of rows) {
    if (!isRole(role.role)) continue; // as loadUser: only known roles (every write checks them)
    const list = out.get(userId) ?? [];
    list.push({ role: role.role, departmentId: role.departmentId, departmentName: role.departmentName ?? null });
    out.set(userId, list);
  }
  return out;
}

/** Maps several user records to rows, loading their roles in one query. */
export async function toUserRows(db: Reader, records: UserRecord[]): Promise<UserRow[]> {
  const roles = await rolesByUser(db, records.map((u) => u.id));
  return records.map((u) => toUserRow(u, roles.get(u.id) ?? []));
}

/** The user's record in the tenant; another tenant's user is answered exactly like a missing one. */
export async function getUserRecord(db: Reader, tenantId: string, id: string): Promise<UserRecord> {
  const [u] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  if (!u) throw notFound('用户');
  return u;
}

/** The user's row in the tenant (404 when missing or in another tenant). */
export async function getUserRow(db: Reader, tenantId: string, id: string): Promise<UserRow> {
  return (await toUserRows(db, [await getUserRecord(db, tenantId, id)]))[0]!;
}
