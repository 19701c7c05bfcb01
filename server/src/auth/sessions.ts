import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import { isRole } from '@yilian/shared';
import { sessions, userRoles, users } from '../db/schema';
import type { Reader, Tx } from '../db/database';
import type { AuthState, AuthUser, RoleGrant } from './types';

export const SESSION_COOKIE = 'yilian_session';

/** SHA-256 of a session token; only the hash is stored. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Creates a session and returns the raw token for the cookie. */
export async function createSession(tx: Tx, userId: string, tenantId: string, now: Date, hours: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId,
      activeTenantId: tenantId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + hours * 3600_000).toISOString(),
    });
  return token;
}

/** Loads a user with their role grants. */
export async function loadUser(db: Reader, userId: string): Promise<AuthUser | undefined> {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  if (!u || u.status !== 'active') return undefined;
  const roles: RoleGrant[] = (await db
    .select({ role: userRoles.role, departmentId: userRoles.departmentId })
    .from(userRoles)
    .where(eq(userRoles.userId, userId)))
    .flatMap((r) => (isRole(r.role) ? [{ role: r.role, departmentId: r.departmentId }] : []));
  return { id: u.id, username: u.username, displayName: u.displayName, tenantId: u.tenantId, kind: u.kind, roles };
}

/** Resolves a raw session token to the authenticated state, or undefined when missing/expired. */
export async function resolveSession(db: Reader, token: string, now: Date): Promise<AuthState | undefined> {
  const tokenHash = hashToken(token);
  const [s] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now.toISOString())));
  if (!s) return undefined;
  const user = await loadUser(db, s.userId);
  return user ? { user, tokenHash, tenantId: s.activeTenantId } : undefined;
}
