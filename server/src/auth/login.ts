import { eq, lt } from 'drizzle-orm';
import { sessions, users } from '../db/schema';
import type { Database } from '../db/database';
import { DomainError, notFound } from '../errors';
import { recordAudit } from '../audit/record';
import { maskIfMobile } from '../audit/mask';
import { maySeeTenant } from '../tenants';
import { verifyPassword } from './password';
import { createSession, loadUser } from './sessions';
import { clearFailures, recordFailure, throttledFor, type Throttle } from './throttle';
import { dummyHash } from './dummy-hash';
import { describeMe, type Me } from './me';
import type { AuthState } from './types';

/** A new session: the raw token (for the cookie) and the signed-in profile. */
export interface SignedIn {
  token: string;
  me: Me;
}

/** Who tries to sign in, from which client address. */
export interface LoginAttempt {
  username: string;
  password: string;
  /** The client address (http/client-address.ts); '' when unknown. */
  client: string;
}

export interface LoginOptions {
  sessionHours: number;
  scryptCost: number;
  /** The password check (injectable so tests can see which hash an attempt is verified against). */
  verify?: (password: string, hash: string) => Promise<boolean>;
}

function throttledError(t: Throttle): DomainError {
  const minutes = Math.ceil(t.wait / 60);
  return new DomainError('throttled', 'throttled', `登录失败次数过多，请 ${minutes} 分钟后再试`, { retryAfterSeconds: t.wait, params: { minutes } });
}

/** Records a failed login with its audit entry, and a lockout when this failure starts one; one transaction. */
async function failed(db: Database, attempt: LoginAttempt, row: { id: string; tenantId: string } | undefined, reason: string, now: Date): Promise<void> {
  const who = { username: maskIfMobile(attempt.username), client: attempt.client };
  const target = { targetType: 'user', targetId: row?.id ?? null, tenantId: row?.tenantId ?? null };
  await db.withTx(async (tx) => {
    await recordFailure(tx, attempt.username, attempt.client, now);
    await recordAudit(db, tx, undefined, now, { action: 'auth.login_failed', ...target, after: { ...who, reason } });
    const locked = await throttledFor(tx, attempt.username, attempt.client, now);
    if (locked) await recordAudit(db, tx, undefined, now, { action: 'auth.locked', ...target, after: { ...who, scope: locked.scope, retryAfterSeconds: locked.wait } });
  });
}

/**
 * Signs a user in. Failures are counted per username and client address (auth/throttle.ts; 429 with the
 * seconds to wait); a wrong password, an unknown or a disabled account is 401, each verified against a
 * hash (a dummy one when there is no usable account) so that all take the same time. Failures and
 * lockouts are audited. Expired sessions are removed, the session created and the login audited in one
 * transaction.
 */
export async function login(db: Database, attempt: LoginAttempt, now: Date, opts: LoginOptions): Promise<SignedIn> {
  const { username, password, client } = attempt;
  const throttle = await throttledFor(db.read, username, client, now);
  if (throttle) throw throttledError(throttle);
  const [row] = await db.read.select().from(users).where(eq(users.username, username));
  const usable = row?.status === 'active';
  const verify = opts.verify ?? verifyPassword;
  const ok = await verify(password, usable ? row.passwordHash : await dummyHash(opts.scryptCost));
  if (!usable || !ok) {
    await failed(db, attempt, row, !row ? 'unknown_user' : !usable ? 'disabled' : 'wrong_password', now);
    throw new DomainError('unauthenticated', 'invalid_credentials', '用户名或密码错误');
  }
  const token = await db.withTx(async (tx) => {
    await clearFailures(tx, username, client);
    await tx.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())); // expired sessions go on every login
    const t = await createSession(tx, row.id, row.tenantId, now, opts.sessionHours);
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
