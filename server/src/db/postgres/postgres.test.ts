import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count, eq, is, sql, sum } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { createTestDatabase, testPostgres } from '../../testing/postgres';
import * as pgSchema from '../schema-pg';
import * as sqliteSchema from '../schema';
import { openSqliteDatabase } from '../sqlite-database';
import { containsText } from '../like';
import {
  assertCCollation,
  isPgUnavailable,
  isPoolTimeout,
  migratePg,
  openPostgres,
  pendingPgMigrations,
  type OpenedPostgres,
} from '.';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pgMigrationsFolder } from '.';

/** The committed PostgreSQL migrations, by tag, from drizzle-kit's journal. */
const COMMITTED = (JSON.parse(readFileSync(join(pgMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] }).entries.map((e) => e.tag);

// One throwaway PostgreSQL (npm test's, or this file's own) and one fresh database per test.
let server: { url: string; stop(): void };
const opened: OpenedPostgres[] = [];
const dropped: (() => Promise<void>)[] = [];
/** A database migrated once, with the city tenant 440100, copied for each test that needs one. */
let template: string;

beforeAll(async () => {
  server = await testPostgres();
  const tpl = await createTestDatabase(server.url);
  dropped.push(tpl.drop);
  const o = openPostgres(tpl.url);
  await migratePg(o.pool);
  await o.db.insert(pgSchema.tenants).values({ id: '440100', name: '广州市', kind: 'city' });
  await o.close();
  template = tpl.name;
}, 180_000);

afterAll(async () => {
  await Promise.all(opened.map((o) => o.close()));
  for (const drop of dropped) await drop();
  server?.stop();
});

async function freshDatabase(options: Parameters<typeof openPostgres>[1] = {}, from?: string): Promise<OpenedPostgres & { url: string }> {
  const db = await createTestDatabase(server.url, from ? { template: from } : {});
  dropped.push(db.drop);
  const o = openPostgres(db.url, options);
  opened.push(o);
  return { ...o, url: db.url };
}

const migrated = (): Promise<OpenedPostgres> => freshDatabase({}, template);

describe('PostgreSQL migrations', () => {
  it('apply every committed migration once, and report none pending afterwards', async () => {
    const { pool } = await freshDatabase();
    expect(await pendingPgMigrations(pool)).toEqual(COMMITTED);
    expect(await migratePg(pool)).toBe(COMMITTED.length);
    expect(await migratePg(pool)).toBe(COMMITTED.length);
    expect(await pendingPgMigrations(pool)).toEqual([]);
    const { rows } = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'");
    expect(rows[0]?.n).toBe(Object.values(pgSchema).filter((value) => is(value, PgTable)).length);
  });

  it('report pending migrations without creating anything (YILIAN_MIGRATE=off)', async () => {
    const { pool } = await freshDatabase();
    expect(await pendingPgMigrations(pool)).toHaveLength(COMMITTED.length);
    const { rows } = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'drizzle'");
    expect(rows[0]?.n).toBe(0);
  });

  it('run once when two nodes migrate at the same time (advisory lock)', async () => {
    const a = await freshDatabase();
    const b = openPostgres(a.url);
    opened.push(b);
    expect(await Promise.all([migratePg(a.pool), migratePg(b.pool), migratePg(a.pool)])).toEqual([COMMITTED.length, COMMITTED.length, COMMITTED.length]);
    const { rows } = await a.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
    expect(rows[0]?.n).toBe(COMMITTED.length);
  });

  it('run as an ordinary role (no superuser) on a C-collated database', async () => {
    const { pool } = await freshDatabase();
    const { rows } = await pool.query<{ su: boolean }>('SELECT rolsuper AS su FROM pg_roles WHERE rolname = current_user');
    expect(rows[0]?.su).toBe(false);
    await expect(assertCCollation(pool)).resolves.toBeUndefined();
  });

  it('refuse a database that is not C-collated, saying how to create one', async () => {
    const fake = { query: async () => ({ rows: [{ name: 'prod', collate: 'en_US.UTF-8', ctype: 'en_US.UTF-8' }] }) } as unknown as pg.Pool;
    await expect(assertCCollation(fake)).rejects.toThrow(/"prod" has LC_COLLATE en_US\.UTF-8.*LC_COLLATE 'C'/);
  });
});

describe('PostgreSQL data', () => {
  it('refuses to change, delete or truncate an audit entry (append-only triggers)', async () => {
    const { db, pool } = await migrated();
    await db.insert(pgSchema.auditLog).values({ seq: 1, at: 'now', action: 'x', targetType: 't', prevHash: '0', hash: 'h' });
    await expect(pool.query("UPDATE audit_log SET action = 'forged' WHERE seq = 1")).rejects.toThrow(/audit_log is append-only/);
    await expect(pool.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/audit_log is append-only/);
    await expect(pool.query('TRUNCATE audit_log')).rejects.toThrow(/audit_log is append-only/);
    const { rows } = await pool.query<{ action: string }>('SELECT action FROM audit_log');
    expect(rows).toEqual([{ action: 'x' }]);
  });

  it('keeps a json document exactly as stored (key order, spacing), where jsonb would reorder it', async () => {
    const { db, pool } = await migrated();
    const doc = { zeta: 1, alpha: { yy: [3, 1, 2], b: 'x' }, m: null, 中文: '值', '10': true };
    await db.insert(pgSchema.catalogExtras).values({ tenantId: '440100', extras: doc, updatedAt: 'now' });
    const [row] = await db.select().from(pgSchema.catalogExtras);
    expect(JSON.stringify(row?.extras)).toBe(JSON.stringify(doc));
    const text = '{"zeta": 1,  "alpha":{"yy":[3,1,2],"b":"x"}, "m":null}';
    await pool.query("UPDATE catalog_extras SET extras = $1::json WHERE tenant_id = '440100'", [text]);
    const { rows } = await pool.query<{ json: string; jsonb: string }>('SELECT extras::text AS json, extras::jsonb::text AS jsonb FROM catalog_extras');
    expect(rows[0]?.json).toBe(text);
    expect(rows[0]?.jsonb).not.toBe(text);
    expect(Object.keys(JSON.parse(rows[0]!.jsonb) as object)).toEqual(['m', 'zeta', 'alpha']);
  });

  it('returns integer columns and aggregates as JavaScript numbers', async () => {
    const { db } = await migrated();
    await db.insert(pgSchema.users).values({ id: 'u1', tenantId: '440100', username: 'a', displayName: 'A', passwordHash: 'x', kind: 'staff', createdAt: 'now' });
    await db.insert(pgSchema.files).values({ id: 'f1', tenantId: '440100', ownerId: 'u1', name: 'a.pdf', size: 5_000_000_000, sha256: 'h', type: 'pdf', createdAt: 'now' });
    const [tenant] = await db.select({ sortOrder: pgSchema.tenants.sortOrder }).from(pgSchema.tenants);
    const [file] = await db.select({ size: pgSchema.files.size }).from(pgSchema.files);
    const [agg] = await db.select({ n: count(), total: sum(pgSchema.files.size).mapWith(Number), raw: sql`count(*)` }).from(pgSchema.files);
    const [role] = await db.insert(pgSchema.userRoles).values({ userId: 'u1', role: 'admin' }).returning({ id: pgSchema.userRoles.id });
    expect(tenant).toEqual({ sortOrder: 0 });
    expect(file).toEqual({ size: 5_000_000_000 });
    expect(agg).toEqual({ n: 1, total: 5_000_000_000, raw: 1 });
    expect(role).toEqual({ id: 1 });
  });

  it('sorts text byte by byte like SQLite (upper before lower, ASCII before Chinese)', async () => {
    const names = ['b', 'B', 'a', 'A', '_x', '中文', '阿', 'Z', 'z', '10', '9', 'é', 'Ab', 'aB', ' a', '一'];
    const { db } = await migrated();
    await db.insert(pgSchema.departments).values(names.map((name, i) => ({ id: `d${i}`, tenantId: '440100', code: `c${i}`, name, createdAt: 'now' })));
    const pgOrder = (await db.select({ name: pgSchema.departments.name }).from(pgSchema.departments).orderBy(asc(pgSchema.departments.name))).map((r) => r.name);
    const lite = openSqliteDatabase(':memory:');
    await lite.migrate();
    await lite.withTx(async (tx) => {
      await tx.insert(sqliteSchema.tenants).values({ id: '440100', name: '广州市', kind: 'city' });
      await tx.insert(sqliteSchema.departments).values(names.map((name, i) => ({ id: `d${i}`, tenantId: '440100', code: `c${i}`, name, createdAt: 'now' })));
    });
    const sqliteOrder = (await lite.read.select({ name: sqliteSchema.departments.name }).from(sqliteSchema.departments).orderBy(asc(sqliteSchema.departments.name))).map((r) => r.name);
    await lite.close();
    expect(pgOrder).toEqual(sqliteOrder);
    expect(pgOrder).toEqual([...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))));
  });

  it('searches the same rows as SQLite: %, _ and \\ literal, ASCII case-insensitive', async () => {
    const names = ['a%b', 'a_b', 'a\\b', 'axb', 'AB', 'ab', '中文名', 'Äpfel', 'äpfel', '100%'];
    const probes = ['%', '_', '\\', 'a_b', 'AB', 'ab', '中文', 'äp', 'Äp', '0%', 'x'];
    const { db } = await migrated();
    await db.insert(pgSchema.departments).values(names.map((name, i) => ({ id: `d${i}`, tenantId: '440100', code: `c${i}`, name, createdAt: 'now' })));
    const lite = openSqliteDatabase(':memory:');
    await lite.migrate();
    await lite.withTx(async (tx) => {
      await tx.insert(sqliteSchema.tenants).values({ id: '440100', name: '广州市', kind: 'city' });
      await tx.insert(sqliteSchema.departments).values(names.map((name, i) => ({ id: `d${i}`, tenantId: '440100', code: `c${i}`, name, createdAt: 'now' })));
    });
    const found: Record<string, { pg: string[]; sqlite: string[] }> = {};
    for (const q of probes) {
      const p = await db.select({ name: pgSchema.departments.name }).from(pgSchema.departments).where(containsText(pgSchema.departments.name, q)).orderBy(asc(pgSchema.departments.name));
      const s = await lite.read.select({ name: sqliteSchema.departments.name }).from(sqliteSchema.departments).where(containsText(sqliteSchema.departments.name, q)).orderBy(asc(sqliteSchema.departments.name));
      found[q] = { pg: p.map((r) => r.name), sqlite: s.map((r) => r.name) };
    }
    await lite.close();
    for (const q of probes) expect(found[q]?.pg, q).toEqual(found[q]?.sqlite);
    expect(found['%']?.pg).toEqual(['100%', 'a%b']);
    expect(found['_']?.pg).toEqual(['a_b']);
    expect(found['\\']?.pg).toEqual(['a\\b']);
    expect(found.AB?.pg).toEqual(['AB', 'ab']);
    expect(found['äp']?.pg).toEqual(['äpfel']);
  });
});

describe('PostgreSQL pool', () => {
  it('sets application_name, statement_timeout and idle_in_transaction_session_timeout on every connection', async () => {
    const { pool } = await freshDatabase({ applicationName: 'yilian-test', statementTimeoutMs: 12_000, idleInTransactionTimeoutMs: 34_000 });
    const { rows } = await pool.query<{ app: string; st: string; idle: string }>(
      "SELECT current_setting('application_name') AS app, current_setting('statement_timeout') AS st, current_setting('idle_in_transaction_session_timeout') AS idle",
    );
    expect(rows[0]).toEqual({ app: 'yilian-test', st: '12s', idle: '34s' });
  });

  it('rejects a wait for a connection longer than the timeout with a recognisable error, through drizzle too', async () => {
    const { pool, db } = await freshDatabase({ size: 1, connectionTimeoutMillis: 500 });
    const held = await pool.connect();
    try {
      const viaPool = await pool.query('SELECT 1').then(() => undefined, (err: unknown) => err);
      const viaDrizzle = await db.select().from(sql`(SELECT 1) AS one`).then(() => undefined, (err: unknown) => err);
      for (const err of [viaPool, viaDrizzle]) {
        expect(isPoolTimeout(err)).toBe(true);
        expect(isPgUnavailable(err)).toBe(true);
      }
    } finally {
      held.release();
    }
    expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('does not mistake an ordinary query error for unavailability', async () => {
    const { pool } = await freshDatabase();
    const err = await pool.query('SELECT * FROM no_such_table').then(() => undefined, (e: unknown) => e);
    expect(err).toMatchObject({ code: '42P01' });
    expect(isPgUnavailable(err)).toBe(false);
    expect(isPoolTimeout(err)).toBe(false);
  });
});

describe('PostgreSQL queries through drizzle', () => {
  it('round-trip a row by the shared column names', async () => {
    const { db } = await migrated();
    const [t] = await db.select().from(pgSchema.tenants).where(eq(pgSchema.tenants.id, '440100'));
    expect(t).toEqual({ id: '440100', name: '广州市', kind: 'city', parentId: null, sortOrder: 0 });
  });
});
