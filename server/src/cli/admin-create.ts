import { eq } from 'drizzle-orm';
import { createUserBody, englishMessageOf } from '@yilian/shared';
import { tenants, users } from '../db/schema';
import type { Database } from '../db/database';
import { hashPassword } from '../auth/password';
import { insertUser } from '../accounts/create-user';
import { recordAudit } from '../audit/record';

/** What `pnpm yilian admin create` was asked for; the password comes from the terminal or stdin. */
export interface AdminRequest {
  tenant: string;
  username: string;
  password: string;
}

const credentials = createUserBody.pick({ username: true, password: true });

/** A refusal the CLI prints (zh-CN and English) and exits 1 with. */
export class AdminCreateError extends Error {}

const both = (zh: string): string => {
  const en = englishMessageOf(zh);
  return en ? `${zh} / ${en}` : zh;
};

/**
 * Creates an administrator of a city (city-admin) or county (county-admin) tenant: the username and
 * password checked by the same rules as the API (shared password rule), an existing username refused;
 * the account and its audit entry (`user.create`, actor `system`, `via: cli`) are one transaction.
 * Returns the new user's id.
 */
export async function createAdmin(db: Database, req: AdminRequest, now: Date, scryptCost: number): Promise<string> {
  const parsed = credentials.safeParse({ username: req.username, password: req.password });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AdminCreateError(`${String(issue.path[0])}: ${both(issue.message)}`);
  }
  const { username, password } = parsed.data;
  const [tenant] = await db.read.select().from(tenants).where(eq(tenants.id, req.tenant));
  if (!tenant || tenant.kind === 'zone') throw new AdminCreateError(`--tenant: 没有这个市或区县租户 / no city or county tenant ${req.tenant}`);
  const role = tenant.kind === 'city' ? 'city-admin' as const : 'county-admin' as const;
  const passwordHash = await hashPassword(password, scryptCost);
  return db.withTx(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (taken) throw new AdminCreateError(`--username: 用户名已存在 / the username ${username} already exists`);
    const id = await insertUser(tx, {
      tenantId: tenant.id, username, displayName: `${tenant.name}管理员`, passwordHash, kind: 'staff',
      roles: [{ role, departmentId: null }],
    }, now);
    await recordAudit(db, tx, undefined, now, {
      action: 'user.create', targetType: 'user', targetId: id, tenantId: tenant.id,
      after: { username, roles: [{ role, departmentId: null }], via: 'cli' },
    });
    return id;
  });
}
