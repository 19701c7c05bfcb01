import { and, eq, ne } from 'drizzle-orm';
import { sessions, userRoles, users } from '../db/schema';
import type { Database, Tx } from '../db/database';
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
async function endOtherSessions(tx: Tx, userId: string, keepTokenHash: string): Promise<void> {
  await tx.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
}

/**
 * Creates a staff user in the acting tenant: usernames are unique platform-wide (409 path `username`),
 * grants are checked by resolveGrants; audited. The password is hashed before the transaction; a
 * concurrent twin that passes the check is refused by the username index (also 409).
 */
export async function createUser(db: Database, auth: AuthState, input: NewStaffUser, now: Date, scryptCost: number): Promise<UserRow> {
  const passwordHash = await hashPassword(input.password, scryptCost);
  return db.withTx(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).limit(1);
    if (taken) throw duplicate(`用户名 ${input.username} 已被使用`, 'username', { reason: 'username', username: input.username });
    const roles = await resolveGrants(tx, auth, input.roles);
    const id = await insertUser(tx, {
      tenantId: auth.tenantId,
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      kind: 'staff',
      mobile: input.mobile ?? null,
      roles,
    }, now);
    const after = await getUserRow(tx, auth.tenantId, id);
    await recordAudit(db, tx, auth, now, { action: 'user.create', targetType: 'user', targetId: id, after });
    return after;
  });
}

/**
 * Changes a user of the acting tenant (another tenant's is a 404): name, mobile, status, password.
 * Administrators cannot disable themselves; disabling or a new password ends the user's other sessions.
 * Audited when something changes: `user.update`, or `user.password_reset` when a new password is set (the
 * password itself only as `passwordChanged`).
 */
export async function updateUser(db: Database, auth: AuthState, id: string, changes: UserChanges, now: Date, scryptCost: number): Promise<UserRow> {
  const passwordHash = changes.password !== undefined ? await hashPassword(changes.password, scryptCost) : undefined;
  return db.withTx(async (tx) => {
    const before = await getUserRow(tx, auth.tenantId, id);
    if (changes.status === 'disabled' && id === auth.user.id) throw invalidInput('不能停用自己的账号', 'status');
    const set = {
      ...(changes.displayName !== undefined ? { displayName: changes.displayName } : {}),
      ...(changes.mobile !== undefined ? { mobile: changes.mobile } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(passwordHash !== undefined ? { passwordHash } : {}),
    };
    if (Object.keys(set).length === 0) return before; // nothing to write, nothing to audit
    await tx.update(users).set(set).where(and(eq(users.tenantId, auth.tenantId), eq(users.id, id)));
    if (changes.status === 'disabled' || changes.password !== undefined) await endOtherSessions(tx, id, auth.tokenHash);
    const after = await getUserRow(tx, auth.tenantId, id);
    await recordAudit(db, tx, auth, now, {
      action: changes.password !== undefined ? 'user.password_reset' : 'user.update', targetType: 'user', targetId: id, before,
      after: changes.password !== undefined ? { ...after, passwordChanged: true } : after,
    });
    return after;
  });
}

/** Replaces every grant of a staff user of the acting tenant (same rules as creation; admins keep their own admin role); audited. */
export async function replaceUserRoles(db: Database, auth: AuthState, id: string, requested: RoleGrantInput[], now: Date): Promise<UserRow> {
  return db.withTx(async (tx) => {
    const record = await getUserRecord(tx, auth.tenantId, id);
    if (record.kind !== 'staff') throw invalidInput('申请人账号的角色不能在此修改', 'roles');
    const before = await getUserRow(tx, auth.tenantId, id);
    const roles = await resolveGrants(tx, auth, requested, before.roles);
    assertKeepsOwnAdminRole(auth, id, roles);
    await tx.delete(userRoles).where(eq(userRoles.userId, id));
    await tx.insert(userRoles).values(roles.map((r) => ({ userId: id, role: r.role, departmentId: r.departmentId })));
    const after = await getUserRow(tx, auth.tenantId, id);
    await recordAudit(db, tx, auth, now, { action: 'user.roles', targetType: 'user', targetId: id, before, after });
    return after;
  });
}
