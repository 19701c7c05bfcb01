import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import { isRole } from '@yilian/shared';
import { sessions, userRoles, users } from '../db/schema';
import type { Db, Tx } from '../db/client';
import type { AuthState, AuthUser, RoleGrant } from './types';

export const SESSION_COOKIE = 'yilian_session';

/** SHA-256 of a session token; only the hash is stored. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Creates a session and returns the raw token for the cookie. */
export function createSession(tx: Tx | Db, userId: string, tenantId: string, now: Date, hours: number): string {
  const token = randomBytes(32).toString('base64url');
  tx.insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId,
      activeTenantId: tenantId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + hours * 3600_000).toISOString(),
    })
    .run();
  return token;
}

/** Loads a user with their role grants. */
export function loadUser(db: Db | Tx, userId: string): AuthUser | undefined {
  const u = db.select().from(users).where(eq(users.id, userId)).get();
  if (!u || u.status !== 'active') return undefined;
  const roles: RoleGrant[] = db
    .select({ role: userRoles.role, departmentId: userRoles.departmentId })
    .from(userRoles)
    .where(eq(userRoles.userId, userId))
    .all()
    .flatMap((r) => (isRole(r.role) ? [{ role: r.role, departmentId: r.departmentId }] : []));
  return { id: u.id, username: u.username, displayName: u.displayName, tenantId: u.tenantId, kind: u.kind, roles };
}

/** Resolves a raw session token to the authenticated state, or undefined when missing/expired. */
export function resolveSession(db: Db, token: string, now: Date): AuthState | undefined {
  const tokenHash = hashToken(token);
  const s = db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now.toISOString())))
    .get();
  if (!s) return undefined;
  const user = loadUser(db, s.userId);
  return user ? { user, tokenHash, tenantId: s.activeTenantId } : undefined;
}
