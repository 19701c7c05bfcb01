/**
 * The PostgreSQL implementation of the data layer (issue 11). Query code is the same as on SQLite: it
 * awaits drizzle builders of the SQLite dialect (one schema type, one codebase); their SQL reaches
 * PostgreSQL through drizzle's async driver callback, re-spelt by ./postgres-sql.ts, rows as arrays.
 *
 * Transactions are READ COMMITTED on one pooled connection. Every statement sees what committed
 * before it, so after `lockAuditHead` (an advisory transaction lock, the transaction's last lock) the
 * audit head read is the newest one — under SERIALIZABLE the snapshot taken before the lock would be
 * stale and every concurrent audited write would abort. Races the query code cares about are decided
 * by the database itself: unique keys (23505 → 409), conditional updates (`revision = ?`), the audit
 * lock. Serialization failures and deadlocks (40001, 40P01) re-run the whole callback up to 3 times.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { drizzle as drizzleAsync } from 'drizzle-orm/sqlite-proxy';
import * as schema from './schema';
import type { Database, Reader, Tx } from './database';
import { withSerializationRetry } from './retry';
import { toPostgresSql } from './postgres-sql';
import { createPgPool, type PgPoolOptions } from './postgres/pool';
import { type PgConnectionSettings } from './postgres/database-url';
import { applyPgMigrations, journal, pendingPgMigrations, withMigrationLock, MIGRATION_LOCK_KEY } from './postgres/migrate';

type Method = 'run' | 'all' | 'values' | 'get';
type Queryable = pg.Pool | pg.PoolClient;

/** The audit chain's advisory lock key (distinct from the migration lock's). */
export const AUDIT_LOCK_KEY = MIGRATION_LOCK_KEY + 1;

const TEXT_TYPES = new Set<number>([114, 3802]); // json, jsonb: as text, drizzle's JSON mode parses it (byte-exact documents)

/** json/jsonb as raw text, everything else as node-postgres parses it (int8/numeric → number: installNumberParsers). */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    TEXT_TYPES.has(oid) ? (v: string) => v : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

const toPgValue = (v: unknown): unknown => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

async function execute(on: Queryable, sql: string, params: unknown[], method: Method): Promise<{ rows: unknown }> {
  const result = await on.query({ text: toPostgresSql(sql), values: params.map(toPgValue), rowMode: 'array', types });
  if (method === 'run') return { rows: [] };
  if (method === 'get') return { rows: result.rows[0] as unknown };
  return { rows: result.rows };
}

export interface PostgresDatabaseOptions extends PgPoolOptions {
  /** Runs once before the first connection is made (tests create their database here). */
  prepare?: () => Promise<void>;
  /** Runs after the pool is closed (tests drop their database here). */
  afterClose?: () => Promise<void>;
}

export class PostgresDatabase implements Database {
  readonly dialect = 'postgres' as const;
  readonly read: Reader;
  readonly pool: pg.Pool;
  private readonly client = new AsyncLocalStorage<pg.PoolClient>();
  /** The connection holding the migration lock while `exclusive` runs. */
  private readonly lockHolder = new AsyncLocalStorage<pg.PoolClient>();
  private readonly tx: Tx;
  private prepared: Promise<void> | undefined;

  constructor(
    private readonly settings: PgConnectionSettings,
    private readonly options: PostgresDatabaseOptions = {},
  ) {
    this.pool = createPgPool(settings, options);
    this.tx = drizzleAsync(async (sql, params, method) => {
      const client = this.client.getStore();
      if (!client) throw new Error('a transaction handle was used outside its withTx callback');
      return execute(client, sql, params, method) as Promise<{ rows: unknown[] }>;
    }, { schema }) as Tx;
    this.read = drizzleAsync(async (sql, params, method) => {
      if (this.client.getStore()) throw new Error('the reader was used inside withTx; query through tx there');
      await this.ready();
      return execute(this.pool, sql, params, method) as Promise<{ rows: unknown[] }>;
    }, { schema });
  }

  private ready(): Promise<void> {
    return (this.prepared ??= this.options.prepare ? this.options.prepare() : Promise.resolve());
  }

  async withTx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.client.getStore()) return fn(this.tx); // nested: joins the outer transaction
    await this.ready();
    return withSerializationRetry(async () => {
      const client = await this.pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
        try {
          const result = await this.client.run(client, async () => await fn(this.tx));
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch((e: Error) => {
            broken = e;
          });
          throw err;
        }
      } finally {
        client.release(broken);
      }
    });
  }

  /** An advisory transaction lock: appends to the audit chain one at a time across every node. */
  async lockAuditHead(_tx: Tx): Promise<void> {
    const client = this.client.getStore();
    if (!client) throw new Error('lockAuditHead needs an open transaction');
    await client.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
  }

  /**
   * Runs `fn` holding the migration advisory lock on a connection of its own (other nodes and
   * `pnpm yilian migrate` wait), so migrating and seeding happen once however many nodes start at once.
   */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    await this.ready();
    const lockPool = createPgPool(this.settings, { ...this.options, size: 1, applicationName: 'yilian-migrate' });
    try {
      return await withMigrationLock(lockPool, (client) => this.lockHolder.run(client, fn));
    } finally {
      await lockPool.end();
    }
  }

  async migrate(): Promise<number> {
    const holder = this.lockHolder.getStore();
    if (holder) return applyPgMigrations(holder);
    return this.exclusive(() => this.migrate());
  }

  async migrationStatus(): Promise<{ total: number; pending: string[] }> {
    await this.ready();
    return { total: journal().length, pending: await pendingPgMigrations(this.pool) };
  }

  async ping(): Promise<boolean> {
    try {
      await this.ready();
      const { rows } = await this.pool.query<{ one: number }>('SELECT 1 AS one');
      return rows[0]?.one === 1;
    } catch {
      return false;
    }
  }

  /** Raw SQL (`?` placeholders) outside any transaction, rows as objects: tests that play an attacker with the database. */
  async execRaw(sql: string, ...params: unknown[]): Promise<Record<string, unknown>[]> {
    await this.ready();
    return (await this.pool.query({ text: toPostgresSql(sql), values: params, types })).rows as Record<string, unknown>[];
  }

  async close(): Promise<void> {
    await this.pool.end();
    await this.options.afterClose?.();
  }
}

/** Opens a pool on a PostgreSQL database (connects lazily). */
export const openPostgresDatabase = (settings: PgConnectionSettings, options: PostgresDatabaseOptions = {}): PostgresDatabase =>
  new PostgresDatabase(settings, options);
