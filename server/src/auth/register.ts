import { eq, or } from 'drizzle-orm';
import { users } from '../db/schema';
import type { Database } from '../db/database';
import { duplicate } from '../errors';
import { insertUser } from '../accounts/create-user';
import { recordAudit } from '../audit/record';
import { maskIfMobile } from '../audit/mask';
import { cityTenantId } from '../tenants';
import { createSession, loadUser } from './sessions';
import { hashPassword } from './password';
import { describeMe } from './me';
import type { SignedIn } from './login';

/** A self-registration, already validated (ID by GB 11643, USCC by GB 32100, mobile). */
export type Registration =
  | { accountType: 'citizen'; mobile: string; password: string; name: string; idNumber: string }
  | { accountType: 'company'; mobile: string; password: string; name: string; uscc: string };

/**
 * Creates a citizen or company account in the city (applicants act everywhere), its mobile number as
 * username, and signs it in; the account, its session and the audit entry are one transaction.
 * A mobile number already registered is 409 (path `mobile`; a concurrent twin is refused by the
 * username index, also 409).
 */
export async function register(db: Database, body: Registration, now: Date, opts: { scryptCost: number; sessionHours: number }): Promise<SignedIn> {
  const username = body.mobile;
  const passwordHash = await hashPassword(body.password, opts.scryptCost);
  const { id, token, tenantId } = await db.withTx(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(or(eq(users.username, username), eq(users.mobile, username))).limit(1);
    if (taken) throw duplicate('该手机号已注册', 'mobile', { reason: 'mobile' });
    const tenantId = await cityTenantId(tx);
    const id = await insertUser(tx, {
      tenantId,
      username,
      displayName: body.name,
      passwordHash,
      kind: body.accountType,
      mobile: body.mobile,
      idNumber: body.accountType === 'citizen' ? body.idNumber : null,
      uscc: body.accountType === 'company' ? body.uscc : null,
      roles: [{ role: body.accountType, departmentId: null }],
    }, now);
    await recordAudit(db, tx, undefined, now, { action: 'auth.register', targetType: 'user', targetId: id, tenantId, after: { username: maskIfMobile(username), accountType: body.accountType } });
    return { id, tenantId, token: await createSession(tx, id, tenantId, now, opts.sessionHours) };
  });
  return { token, me: await describeMe(db.read, { user: (await loadUser(db.read, id))!, tokenHash: '', tenantId }) };
}
