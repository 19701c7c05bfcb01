import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { BUNDLED_HOLIDAY_FILES } from '@yilian/shared/data';
import { departments, holidayYears, tenants, users } from '../db/schema';
import type { Db, Tx } from '../db/client';
import { appendAudit } from '../audit/audit-log';
import { insertUser } from '../accounts/create-user';
import { DEMO_TENANTS, SEED_DEPARTMENTS, TENANT_TREE } from './tenant-tree';
import { demoAccounts } from './demo-accounts';
import { seedCatalog } from './seed-catalog';

export interface SeedOptions {
  now: Date;
  demoPassword: string;
  scryptCost: number;
}

export interface SeedReport {
  tenants: number;
  departments: number;
  users: number;
  holidayYears: number;
  matters: number;
}

function seedTenants(tx: Tx): number {
  let added = 0;
  TENANT_TREE.forEach((t, i) => {
    const r = tx.insert(tenants).values({ ...t, sortOrder: i }).onConflictDoNothing().run();
    added += r.changes;
  });
  return added;
}

function seedDepartments(tx: Tx, now: string): number {
  let added = 0;
  for (const tenantId of DEMO_TENANTS) {
    for (const d of SEED_DEPARTMENTS) {
      const r = tx
        .insert(departments)
        .values({ id: randomUUID(), tenantId, code: d.code, name: d.name, createdAt: now })
        .onConflictDoNothing()
        .run();
      added += r.changes;
    }
  }
  return added;
}

function seedUsers(tx: Tx, opts: SeedOptions): number {
  const names = Object.fromEntries(TENANT_TREE.map((t) => [t.id, t.name]));
  let added = 0;
  for (const a of demoAccounts(names)) {
    if (tx.select({ id: users.id }).from(users).where(eq(users.username, a.username)).get()) continue;
    const dept = a.departmentCode
      ? tx.select({ id: departments.id }).from(departments)
          .where(and(eq(departments.tenantId, a.tenantId), eq(departments.code, a.departmentCode))).get()
      : undefined;
    insertUser(tx, {
      tenantId: a.tenantId,
      username: a.username,
      displayName: a.displayName,
      password: opts.demoPassword,
      kind: a.kind,
      mobile: a.mobile ?? null,
      idNumber: a.idNumber ?? null,
      uscc: a.uscc ?? null,
      roles: [{ role: a.role, departmentId: dept?.id ?? null }],
    }, opts.now, opts.scryptCost);
    added += 1;
  }
  return added;
}

/** Stores the holiday files shipped in @yilian/shared/data (shared/data/holidays-cn) for the years not loaded yet. */
function seedHolidays(tx: Tx, now: string): number {
  let added = 0;
  for (const file of BUNDLED_HOLIDAY_FILES) {
    const data: unknown = structuredClone(file);
    const r = tx.insert(holidayYears).values({ year: file.year, data, source: 'bundled', loadedAt: now, loadedBy: null })
      .onConflictDoNothing().run();
    added += r.changes;
  }
  return added;
}

/** Seeds the 济宁 demo idempotently in one transaction: tenants, departments, demo users, holidays. */
export function seedDatabase(db: Db, opts: SeedOptions): SeedReport {
  return db.transaction((tx) => {
    const now = opts.now.toISOString();
    const report: SeedReport = {
      tenants: seedTenants(tx),
      departments: seedDepartments(tx, now),
      users: seedUsers(tx, opts),
      holidayYears: seedHolidays(tx, now),
      matters: seedCatalog(tx, now),
    };
    if (Object.values(report).some((n) => n > 0)) {
      appendAudit(tx, {
        at: now, tenantId: null, actorId: null, actorName: 'system', action: 'seed',
        targetType: 'database', targetId: null, after: report,
      });
    }
    return report;
  });
}
