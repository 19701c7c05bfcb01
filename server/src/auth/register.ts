import { eq, or } from 'drizzle-orm';
import { users } from '../db/schema';
import type { Db } from '../db/client';
import { duplicate } from '../errors';
import { insertUser } from '../accounts/create-user';
import { recordAudit } from '../audit/record';
import { maskIfMobile } from '../audit/mask';
import { cityTenantId } from '../tenants';
import { createSession, loadUser } from './sessions';
import { describeMe } from './me';
import type { SignedIn } from './login';

/** A self-registration, already validated (ID by GB 11643, USCC by GB 32100, mobile). */
export type Registration =
  | { accountType: 'citizen'; mobile: string; password: string; name: string; idNumber: string }
  | { accountType: 'company'; mobile: string; password: string; name: string; uscc: string };

/**
 * Creates a citizen or company account in the city (applicants act everywhere), its mobile number as
 * username, and signs it in; the account, its session and the audit entry are one transaction.
 * A mobile number already registered is 409 (path `mobile`).
 */
export function register(db: Db, body: Registration, now: Date, opts: { scryptCost: number; sessionHours: number }): SignedIn {
  const username = body.mobile;
  const { id, token, tenantId } = db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(or(eq(users.username, username), eq(users.mobile, username))).get()) {
      throw duplicate('该手机号已注册', 'mobile', { reason: 'mobile' });
    }
    const tenantId = cityTenantId(tx);
    const id = insertUser(tx, {
      tenantId,
      username,
      displayName: body.name,
      password: body.password,
      kind: body.accountType,
      mobile: body.mobile,
      idNumber: body.accountType === 'citizen' ? body.idNumber : null,
      uscc: body.accountType === 'company' ? body.uscc : null,
      roles: [{ role: body.accountType, departmentId: null }],
    }, now, opts.scryptCost);
    recordAudit(tx, undefined, now, { action: 'auth.register', targetType: 'user', targetId: id, tenantId, after: { username: maskIfMobile(username), accountType: body.accountType } });
    return { id, tenantId, token: createSession(tx, id, tenantId, now, opts.sessionHours) };
  });
  return { token, me: describeMe(db, { user: loadUser(db, id)!, tokenHash: '', tenantId }) };
}
