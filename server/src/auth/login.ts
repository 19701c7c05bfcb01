import { eq, lt } from 'drizzle-orm';
import { sessions, users } from '../db/schema';
import type { Database } from '../db/database';
import { DomainError, notFound } from '../errors';
import { recordAudit } from '../audit/record';
import { maskIfMobile } from '../audit/mask';
import { maySeeTenant } from '../tenants';
import { verifyPassword } from './password';
import { createSession, loadUser } from './sessions';
import { clearFailures, recordFailure, throttledFor } from './throttle';
import { describeMe, type Me } from './me';
import type { AuthState } from './types';

/** A new session: the raw token (for the cookie) and the signed-in profile. */
export interface SignedIn {
  token: string;
  me: Me;
}

/**
 * Signs a user in: 5 failures in 15 minutes throttle the account (429 with the seconds to wait); a wrong
 * password or a disabled account is 401. The password is checked before any transaction; expired
 * sessions are removed, the session created and the login audited in one transaction.
 */
export async function login(db: Database, username: string, password: string, now: Date, sessionHours: number): Promise<SignedIn> {
  const wait = await throttledFor(db.read, username, now);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    throw new DomainError('throttled', 'throttled', `登录失败次数过多，请 ${minutes} 分钟后再试`, { retryAfterSeconds: wait, params: { minutes } });
  }
  const [row] = await db.read.select().from(users).where(eq(users.username, username));
  if (!row || row.status !== 'active' || !(await verifyPassword(password, row.passwordHash))) {
    await recordFailure(db, username, now);
    throw new DomainError('unauthenticated', 'invalid_credentials', '用户名或密码错误');
  }
  const token = await db.withTx(async (tx) => {
    await clearFailures(tx, username);
    await tx.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())); // expired sessions go on every login
    const t = await createSession(tx, row.id, row.tenantId, now, sessionHours);
    const actor = await loadUser(tx, row.id);
    await recordAudit(db, tx, actor ? { user: actor, tokenHash: '', tenantId: row.tenantId } : undefined, now, { action: 'auth.login', targetType: 'user', targetId: row.id, tenantId: row.tenantId, after: { username: maskIfMobile(username) } });
    return t;
  });
  const user = (await loadUser(db.read, row.id))!;
  return { token, me: await describeMe(db.read, { user, tokenHash: '', tenantId: row.tenantId }) };
}

/** Ends the actor's session; audited. */
export async function logout(db: Database, auth: AuthState, now: Date): Promise<void> {
  await db.withTx(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.tokenHash, auth.tokenHash));
    await recordAudit(db, tx, auth, now, { action: 'auth.logout', targetType: 'user', targetId: auth.user.id });
  });
}

/** Makes another tenant the session's acting tenant (only one the user may see; else 404); audited. */
export async function switchTenant(db: Database, auth: AuthState, tenantId: string, now: Date): Promise<Me> {
  if (!(await maySeeTenant(db.read, auth.user, tenantId))) throw notFound('租户');
  await db.withTx(async (tx) => {
    await tx.update(sessions).set({ activeTenantId: tenantId }).where(eq(sessions.tokenHash, auth.tokenHash));
    await recordAudit(db, tx, auth, now, { action: 'auth.switch-tenant', targetType: 'session', targetId: auth.user.id, tenantId, before: { tenantId: auth.tenantId }, after: { tenantId } });
  });
  return describeMe(db.read, { ...auth, tenantId });
}
