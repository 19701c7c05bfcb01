import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testPostgres } from '../testing/postgres';
import { loadConfig } from '../config';
import { boot } from '../boot';
import { createLogger } from '../logger';
import { openDatabase } from './open-database';
import { openPostgresDatabase, type PostgresDatabase } from './postgres-database';
import { parseDatabaseTarget, type PgConnectionSettings } from './postgres/database-url';
import { isPoolTimeout } from './postgres/unavailable';
import { tenants } from './schema';

// Runs on the throwaway PostgreSQL of `npm test` (or its own); fails, saying why, when there is none.
let server: { url: string; stop(): void };
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  server = await testPostgres();
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  server?.stop();
});

async function freshDatabase(): Promise<{ url: string; settings: PgConnectionSettings }> {
  const created = await createTestDatabase(server.url);
  cleanups.push(created.drop);
  const target = parseDatabaseTarget(created.url);
  if (target.dialect !== 'postgres') throw new Error('not postgres');
  return { url: created.url, settings: target };
}

const configFor = (url: string, env: Record<string, string> = {}) =>
  loadConfig({ YILIAN_DB: url, YILIAN_NOW: '2025-09-26T02:00:00.000Z', YILIAN_SCRYPT_COST: '1024', YILIAN_FILES: '/tmp/yilian-pg-files', YILIAN_DB_POOL: '3', ...env });

function track(db: PostgresDatabase): PostgresDatabase {
  cleanups.push(() => db.close());
  return db;
}

describe('PostgresDatabase', () => {
  it('commits a transaction, rolls one back when its callback throws, and lets a nested withTx join', async () => {
    const { settings } = await freshDatabase();
    const db = track(openPostgresDatabase(settings, { size: 2 }));
    await db.migrate();
    await db.withTx(async (tx) => {
      await tx.insert(tenants).values({ id: '440100', name: '广州市', kind: 'city' });
      await db.withTx(async (inner) => inner.insert(tenants).values({ id: '440103', name: '荔湾区', kind: 'county', parentId: '440100' }));
    });
    await expect(
      db.withTx(async (tx) => {
        await tx.insert(tenants).values({ id: '440104', name: '越秀区', kind: 'county', parentId: '440100' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const ids = (await db.read.select({ id: tenants.id }).from(tenants).orderBy(tenants.id)).map((r) => r.id);
    expect(ids).toEqual(['440100', '440103']);
    expect(await db.read.select().from(tenants).where(eq(tenants.id, '440104'))).toEqual([]);
  });

  it('rejects, instead of hanging, a query that waits longer than the pool wait for a connection', async () => {
    const { settings } = await freshDatabase();
    const db = track(openPostgresDatabase(settings, { size: 1, connectionTimeoutMillis: 100 }));
    await db.migrate();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const busy = db.withTx(async () => held);
    const waited = await db.read.select().from(tenants).then(
      () => undefined,
      (err: unknown) => err,
    );
    release();
    await busy;
    expect(isPoolTimeout(waited)).toBe(true);
  });
});

describe('boot on PostgreSQL (YILIAN_DB=postgres://…)', { timeout: 60_000 }, () => {
  it('migrates and seeds once when two nodes start at once on an empty database', async () => {
    const { url } = await freshDatabase();
    const logger = createLogger({ silent: true });
    const [a, b] = await Promise.all([boot(configFor(url), { logger }), boot(configFor(url), { logger })]);
    cleanups.push(() => a.close(), () => b.close());
    expect(a.db.dialect).toBe('postgres');
    expect(a.ready.migrations).toBe(b.ready.migrations);
    const seeded = [a.seed.tenants, b.seed.tenants];
    expect(seeded.filter((n) => n > 0)).toHaveLength(1);
    expect(seeded).toContain(0);
  });

  it('with YILIAN_MIGRATE=off refuses a database that lacks migrations, naming `pnpm yilian migrate`, and creates nothing', async () => {
    const { url } = await freshDatabase();
    await expect(boot(configFor(url, { YILIAN_MIGRATE: 'off' }), { logger: createLogger({ silent: true }) })).rejects.toThrow(/pnpm yilian migrate/);
    const probe = openDatabase(url, { poolSize: 1, migrate: false });
    cleanups.push(() => probe.close());
    const status = await probe.migrationStatus();
    expect(status.pending).toHaveLength(status.total);
  });

  it('with YILIAN_MIGRATE=off serves a database migrated beforehand, without seeding', async () => {
    const { url } = await freshDatabase();
    const first = await boot(configFor(url), { logger: createLogger({ silent: true }) });
    await first.close();
    const node = await boot(configFor(url, { YILIAN_MIGRATE: 'off' }), { logger: createLogger({ silent: true }) });
    cleanups.push(() => node.close());
    expect(node.seed.tenants).toBe(0);
    expect(node.ready.migrations).toBe(first.ready.migrations);
  });

  it('never shows the password in errors about YILIAN_DB', () => {
    expect(() => openDatabase('postgres://u:s3cret@host/', { poolSize: 1, migrate: true })).toThrow(/postgres:\/\/u:\*\*\*@host/);
    expect(() => openDatabase('postgres://u:s3cret@host/', { poolSize: 1, migrate: true })).not.toThrow(/s3cret/);
  });
});
