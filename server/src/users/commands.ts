import { and, eq, ne } from 'drizzle-orm';
import { sessions, userRoles, users } from '../db/schema';
import type { Db, Tx } from '../db/client';
import type { AuthState } from '../auth/types';
import { duplicate, invalidInput } from '../errors';
import { hashPassword } from '../auth/password';
import { insertUser } from '../accounts/create-user';
import { recordAudit } from '../audit/record';
import { assertKeepsOwnAdminRole, resolveGrants } from './grants';
import { getUserRecord, getUserRow } from './user-row';
import type { RoleGrantInput, UserRow } from './types';

export interface NewStaffUser {
  username: string;
  displayName: string;
  password: string;
  mobile?: string | null | undefined;
  roles: RoleGrantInput[];
}

export interface UserChanges {
  displayName?: string | undefined;
  mobile?: string | null | undefined;
  status?: 'active' | 'disabled' | undefined;
  password?: string | undefined;
}

/** Ends every session of a user except the one making the request. */
function endOtherSessions(tx: Tx, userId: string, keepTokenHash: string): void {
  tx.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash))).run();
}

/**
 * Creates a staff user in the acting tenant: usernames are unique platform-wide (409 path `username`),
 * grants are checked by resolveGrants; audited.
 */
export function createUser(db: Db, auth: AuthState, input: NewStaffUser, now: Date, scryptCost: number): UserRow {
  return db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get()) {
      throw duplicate(`用户名 ${input.username} 已被使用`, 'username', { reason: 'username', username: input.username });
    }
    const roles = resolveGrants(tx, auth, input.roles);
    const id = insertUser(tx, {
      tenantId: auth.tenantId,
      username: input.username,
      displayName: input.displayName,
      password: input.password,
      kind: 'staff',
      mobile: input.mobile ?? null,
      roles,
    }, now, scryptCost);
    const after = getUserRow(tx, auth.tenantId, id);
    recordAudit(tx, auth, now, { action: 'user.create', targetType: 'user', targetId: id, after });
    return after;
  });
}

/**
 * Changes a user of the acting tenant (another tenant's is a 404): name, mobile, status, password.
 * Administrators cannot disable themselves; disabling or a new password ends the user's other sessions.
 * Audited when something changes (a password only as `passwordChanged`).
 */
export function updateUser(db: Db, auth: AuthState, id: string, changes: UserChanges, now: Date, scryptCost: number): UserRow {
  return db.transaction((tx) => {
    const before = getUserRow(tx, auth.tenantId, id);
    if (changes.status === 'disabled' && id === auth.user.id) throw invalidInput('不能停用自己的账号', 'status');
    const set = {
      ...(changes.displayName !== undefined ? { displayName: changes.displayName } : {}),
      ...(changes.mobile !== undefined ? { mobile: changes.mobile } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.password !== undefined ? { passwordHash: hashPassword(changes.password, scryptCost) } : {}),
    };
    if (Object.keys(set).length === 0) return before; // nothing to write, nothing to audit
    tx.update(users).set(set).where(and(eq(users.tenantId, auth.tenantId), eq(users.id, id))).run();
    if (changes.status === 'disabled' || changes.password !== undefined) endOtherSessions(tx, id, auth.tokenHash);
    const after = getUserRow(tx, auth.tenantId, id);
    recordAudit(tx, auth, now, {
      action: 'user.update', targetType: 'user', targetId: id, before,
      after: changes.password !== undefined ? { ...after, passwordChanged: true } : after,
    });
    return after;
  });
}

/** Replaces every grant of a staff user of the acting tenant (same rules as creation; admins keep their own admin role); audited. */
export function replaceUserRoles(db: Db, auth: AuthState, id: string, requested: RoleGrantInput[], now: Date): UserRow {
  return db.transaction((tx) => {
    const record = getUserRecord(tx, auth.tenantId, id);
    if (record.kind !== 'staff') throw invalidInput('申请人账号的角色不能在此修改', 'roles');
    const before = getUserRow(tx, auth.tenantId, id);
    const roles = resolveGrants(tx, auth, requested, before.roles);
    assertKeepsOwnAdminRole(auth, id, roles);
    tx.delete(userRoles).where(eq(userRoles.userId, id)).run();
    tx.insert(userRoles).values(roles.map((r) => ({ userId: id, role: r.role, departmentId: r.departmentId }))).run();
    const after = getUserRow(tx, auth.tenantId, id);
    recordAudit(tx, auth, now, { action: 'user.roles', targetType: 'user', targetId: id, before, after });
    return after;
  });
}
