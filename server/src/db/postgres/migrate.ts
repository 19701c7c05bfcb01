import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { z } from 'zod';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { serverRoot } from '../../paths';

/** drizzle-kit's committed PostgreSQL migrations (drizzle-pg.config.ts). */
export const pgMigrationsFolder = (): string => join(serverRoot(), 'drizzle-pg');

/**
 * The advisory lock every node (and `pnpm yilian migrate`) takes around migrating and seeding, so nodes
 * started at once migrate once and seed once. The bytes of "yilian".
 */
export const MIGRATION_LOCK_KEY = 133493697372526;

/** How long a node waits for another node's migration and seed before giving up. */
const LOCK_WAIT_MS = 10 * 60_000;

/**
 * Runs `fn` on one pooled connection holding the migration advisory lock (waiting for it while another
 * node holds it). The lock is released, and the connection returned, however `fn` ends.
 */
export async function withMigrationLock<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(`SET statement_timeout = ${LOCK_WAIT_MS}`);
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query('RESET statement_timeout');
    try {
      return await fn(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch((err: Error) => {
        broken = err; // the lock dies with the session: discard the connection instead of reusing it
      });
    }
  } catch (err) {
    broken ??= err instanceof Error ? err : new Error(String(err));
    throw err;
  } finally {
    client.release(broken);
  }
}

/**
 * Refuses a database whose text does not sort and match byte by byte like SQLite's: Yilian needs a
 * C-collated database (`CREATE DATABASE … TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'`).
 */
export async function assertCCollation(client: pg.PoolClient | pg.Pool): Promise<void> {
  const { rows } = await client.query<{ name: string; collate: string; ctype: string }>(
    'SELECT datname AS name, datcollate AS collate, datctype AS ctype FROM pg_database WHERE datname = current_database()',
  );
  const row = rows[0];
  const c = (v: string | undefined) => v === 'C' || v === 'POSIX';
  if (!row || !c(row.collate) || !c(row.ctype)) {
    throw new Error(
      `PostgreSQL database "${row?.name ?? '?'}" has LC_COLLATE ${row?.collate ?? '?'} / LC_CTYPE ${row?.ctype ?? '?'}; ` +
        `Yilian needs a C-collated database so text sorts and matches as on SQLite: ` +
        `CREATE DATABASE … OWNER … TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`,
    );
  }
}

const journalSchema = z.object({ entries: z.array(z.object({ tag: z.string(), when: z.number() })) });

export function journal(folder = pgMigrationsFolder()): { tag: string; when: number }[] {
  return journalSchema.parse(JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8'))).entries;
}

/** Applies the committed migrations on `client` (which should hold the migration lock); returns how many are applied in all. */
export async function applyPgMigrations(client: pg.PoolClient, folder = pgMigrationsFolder()): Promise<number> {
  await assertCCollation(client);
  await migrate(drizzle({ client }), { migrationsFolder: folder });
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
  return rows[0]?.n ?? 0;
}

/** Migrates the database under the migration lock; returns the applied migration count. */
export function migratePg(pool: pg.Pool, folder = pgMigrationsFolder()): Promise<number> {
  return withMigrationLock(pool, (client) => applyPgMigrations(client, folder));
}

/**
 * The tags of the committed migrations the database lacks (all of them for an empty database), read
 * without creating anything — for `YILIAN_MIGRATE=off`, which must exit naming `pnpm yilian migrate`.
 */
export async function pendingPgMigrations(pool: pg.Pool | pg.PoolClient, folder = pgMigrationsFolder()): Promise<string[]> {
  const entries = journal(folder);
  const { rows: exists } = await pool.query<{ t: string | null }>("SELECT to_regclass('drizzle.__drizzle_migrations')::text AS t");
  if (!exists[0]?.t) return entries.map((e) => e.tag);
  const { rows } = await pool.query<{ last: string | null }>('SELECT max(created_at)::text AS last FROM drizzle.__drizzle_migrations');
  const last = rows[0]?.last == null ? -Infinity : Number(rows[0].last);
  return entries.filter((e) => e.when > last).map((e) => e.tag);
}
