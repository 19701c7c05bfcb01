import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { BUNDLED_HOLIDAY_FILES } from '@yilian/shared/data';
import { departments, holidayYears, tenants, users } from '../db/schema';
import type { Database, Tx } from '../db/database';
import { appendAudit } from '../audit/audit-log';
import { insertUser } from '../accounts/create-user';
import { hashPassword } from '../auth/password';
import { DEMO_TENANTS, SEED_DEPARTMENTS, TENANT_TREE } from './tenant-tree';
import { demoAccounts, type DemoAccount } from './demo-accounts';
import { seedCatalog } from './seed-catalog';
import { disableDemoAccounts } from './demo-off';

export interface SeedOptions {
  now: Date;
  demoPassword: string;
  scryptCost: number;
  /** YILIAN_DEMO: seed the demo accounts (default), or (false) seed none and disable any that exist. */
  demo?: boolean;
}

export interface SeedReport {
  tenants: number;
  departments: number;
  users: number;
  holidayYears: number;
  matters: number;
  /** Demo accounts disabled at this boot (YILIAN_DEMO=off). */
  demoDisabled: number;
}

async function seedTenants(tx: Tx): Promise<number> {
  let added = 0;
  for (const [i, t] of TENANT_TREE.entries()) {
    added += (await tx.insert(tenants).values({ ...t, sortOrder: i }).onConflictDoNothing().returning({ id: tenants.id })).length;
  }
  return added;
}

async function seedDepartments(tx: Tx, now: string): Promise<number> {
  let added = 0;
  for (const tenantId of DEMO_TENANTS) {
    for (const d of SEED_DEPARTMENTS) {
      added += (await tx
        .insert(departments)
        .values({ id: randomUUID(), tenantId, code: d.code, name: d.name, createdAt: now })
        .onConflictDoNothing()
        .returning({ id: departments.id })).length;
    }
  }
  return added;
}

/** The demo accounts not created yet, each with its password hashed (slow work, before the transaction). */
async function missingAccounts(db: Database, opts: SeedOptions): Promise<Array<{ account: DemoAccount; passwordHash: string }>> {
  const names = Object.fromEntries(TENANT_TREE.map((t) => [t.id, t.name]));
  const accounts = demoAccounts(names);
  const existing = new Set((await db.read.select({ username: users.username }).from(users)
    .where(inArray(users.username, accounts.map((a) => a.username)))).map((u) => u.username));
  const missing = accounts.filter((a) => !existing.has(a.username));
  return Promise.all(missing.map(async (account) => ({ account, passwordHash: await hashPassword(opts.demoPassword, opts.scryptCost) })));
}

async function seedUsers(tx: Tx, accounts: Array<{ account: DemoAccount; passwordHash: string }>, now: Date): Promise<number> {
  let added = 0;
  for (const { account: a, passwordHash } of accounts) {
    if ((await tx.select({ id: users.id }).from(users).where(eq(users.username, a.username))).length > 0) continue;
    const [dept] = a.departmentCode
      ? await tx.select({ id: departments.id }).from(departments)
        .where(and(eq(departments.tenantId, a.tenantId), eq(departments.code, a.departmentCode)))
      : [];
    await insertUser(tx, {
      tenantId: a.tenantId,
      username: a.username,
      displayName: a.displayName,
      passwordHash,
      kind: a.kind,
      mobile: a.mobile ?? null,
      idNumber: a.idNumber ?? null,
      uscc: a.uscc ?? null,
      roles: [{ role: a.role, departmentId: dept?.id ?? null }],
    }, now);
    added += 1;
  }
  return added;
}

/** Stores the holiday files shipped in @yilian/shared/data (shared/data/holidays-cn) for the years not loaded yet. */
async function seedHolidays(tx: Tx, now: string): Promise<number> {
  let added = 0;
  for (const file of BUNDLED_HOLIDAY_FILES) {
    const data: unknown = structuredClone(file);
    added += (await tx.insert(holidayYears).values({ year: file.year, data, source: 'bundled', loadedAt: now, loadedBy: null })
      .onConflictDoNothing().returning({ year: holidayYears.year })).length;
  }
  return added;
}

/**
 * Seeds the 济宁 demo idempotently in one transaction: tenants, departments, demo users (or, with
 * `demo: false`, none, and the existing ones disabled), holidays, the catalog.
 */
export async function seedDatabase(db: Database, opts: SeedOptions): Promise<SeedReport> {
  const demo = opts.demo ?? true;
  const accounts = demo ? await missingAccounts(db, opts) : [];
  return db.withTx(async (tx) => {
    const now = opts.now.toISOString();
    const report: SeedReport = {
      tenants: await seedTenants(tx),
      departments: await seedDepartments(tx, now),
      users: await seedUsers(tx, accounts, opts.now),
      holidayYears: await seedHolidays(tx, now),
      matters: await seedCatalog(tx, now),
      demoDisabled: demo ? 0 : await disableDemoAccounts(db, tx, opts.now),
    };
    const { demoDisabled: _audited, ...seeded } = report; // audited on its own as demo.disabled
    if (Object.values(seeded).some((n) => n > 0)) {
      await appendAudit(db, tx, {
        at: now, tenantId: null, actorId: null, actorName: 'system', action: 'seed',
        targetType: 'database', targetId: null, after: seeded,
      });
    }
    return report;
  });
}
