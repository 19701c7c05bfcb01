import { eq, lt } from 'drizzle-orm';
import { sessions, users } from '../db/schema';
import type { Db } from '../db/client';
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
 * password or a disabled account is 401. Expired sessions are removed, the session created and the
 * login audited in one transaction.
 */
export function login(db: Db, username: string, password: string, now: Date, sessionHours: number): SignedIn {
  const wait = throttledFor(db, username, now);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    throw new DomainError('throttled', 'throttled', `登录失败次数过多，请 ${minutes} 分钟后再试`, { retryAfterSeconds: wait, params: { minutes } });
  }
  const row = db.select().from(users).where(eq(users.username, username)).get();
  if (!row || row.status !== 'active' || !verifyPassword(password, row.passwordHash)) {
    recordFailure(db, username, now);
    throw new DomainError('unauthenticated', 'invalid_credentials', '用户名或密码错误');
  }
  clearFailures(db, username);
  const token = db.transaction((tx) => {
    tx.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())).run(); // expired sessions go on every login
    const t = createSession(tx, row.id, row.tenantId, now, sessionHours);
    const actor = loadUser(tx, row.id);
    recordAudit(tx, actor ? { user: actor, tokenHash: '', tenantId: row.tenantId } : undefined, now, { action: 'auth.login', targetType: 'user', targetId: row.id, tenantId: row.tenantId, after: { username: maskIfMobile(username) } });
    return t;
  });
  const user = loadUser(db, row.id)!;
  return { token, me: describeMe(db, { user, tokenHash: '', tenantId: row.tenantId }) };
}

/** Ends the actor's session; audited. */
export function logout(db: Db, auth: AuthState, now: Date): void {
  db.transaction((tx) => {
    tx.delete(sessions).where(eq(sessions.tokenHash, auth.tokenHash)).run();
    recordAudit(tx, auth, now, { action: 'auth.logout', targetType: 'user', targetId: auth.user.id });
  });
}

/** Makes another tenant the session's acting tenant (only one the user may see; else 404); audited. */
export function switchTenant(db: Db, auth: AuthState, tenantId: string, now: Date): Me {
  if (!maySeeTenant(db, auth.user, tenantId)) throw notFound('租户');
  db.transaction((tx) => {
    tx.update(sessions).set({ activeTenantId: tenantId }).where(eq(sessions.tokenHash, auth.tokenHash)).run();
    recordAudit(tx, auth, now, { action: 'auth.switch-tenant', targetType: 'session', targetId: auth.user.id, tenantId, before: { tenantId: auth.tenantId }, after: { tenantId } });
  });
  return describeMe(db, { ...auth, tenantId });
}
