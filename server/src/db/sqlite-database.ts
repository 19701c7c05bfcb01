/**
 * The SQLite implementation of the data layer — the one module that calls better-sqlite3 (synchronous).
 *
 * Every write runs in `withTx`: a promise mutex gives the single writer connection to one transaction
 * at a time, which starts with `BEGIN IMMEDIATE`. Awaiting inside a plain better-sqlite3 transaction
 * would let another request read the uncommitted row (and roll back with it); here reads outside a
 * transaction go to a second, read-only connection (WAL: it sees only committed data), and an
 * in-memory database, which cannot have a second connection, reads through its writer under the mutex.
 * Queries reach the connections through drizzle's async SQLite driver (sqlite-proxy), so query code
 * awaits drizzle builders exactly as it will on PostgreSQL.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle as drizzleSync } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as drizzleAsync } from 'drizzle-orm/sqlite-proxy';
import * as schema from './schema';
import { migrationsFolder } from '../paths';
import { Mutex } from './mutex';
import type { Database, Reader, Tx } from './database';

type Method = 'run' | 'all' | 'values' | 'get';
type Connection = BetterSqlite3.Database;

const STATEMENT_CACHE = 500;

/** Prepared statements by SQL text, per connection (drizzle builds the same text for the same query shape). */
function statementCache(conn: Connection) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return (sql: string): BetterSqlite3.Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      if (cache.size >= STATEMENT_CACHE) cache.clear();
      stmt = conn.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}

/** Runs one statement the way drizzle's async driver expects: rows as arrays, `get` as one array. */
function executor(conn: Connection) {
  const prepare = statementCache(conn);
  return (sql: string, params: unknown[], method: Method): { rows: unknown[] } => {
    const stmt = prepare(sql);
    if (!stmt.reader) {
      stmt.run(...params);
      return { rows: [] };
    }
    stmt.raw(true);
    if (method === 'get') return { rows: stmt.get(...params) as unknown[] };
    return { rows: stmt.all(...params) };
  };
}

const isMemory = (location: string | Buffer): boolean => typeof location !== 'string' || location === ':memory:';

function openWriter(location: string | Buffer): Connection {
  if (!isMemory(location)) mkdirSync(dirname(location as string), { recursive: true });
  const conn = new BetterSqlite3(location);
  if (!isMemory(location)) conn.pragma('journal_mode = WAL');
  conn.pragma('foreign_keys = ON');
  conn.pragma('synchronous = FULL');
  conn.pragma('busy_timeout = 5000');
  return conn;
}

function openReader(path: string): Connection {
  const conn = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  conn.pragma('busy_timeout = 5000');
  return conn;
}

/** A SQLite database: a file (WAL, writer + read-only reader) or in memory (`:memory:` or a serialized image). */
export class SqliteDatabase implements Database {
  readonly dialect = 'sqlite' as const;
  readonly read: Reader;
  private readonly writer: Connection;
  private readonly reader: Connection | undefined;
  private readonly mutex = new Mutex();
  /** Set while a transaction's callback runs: the marker of being inside `withTx`. */
  private readonly inTx = new AsyncLocalStorage<true>();
  private readonly tx: Tx;
  private readonly readOne: (sql: string, params: unknown[], method: Method) => Promise<{ rows: unknown[] }>;

  constructor(location: string | Buffer) {
    this.writer = openWriter(location);
    this.reader = isMemory(location) ? undefined : openReader(location as string);
    const onWriter = executor(this.writer);
    const onReader = this.reader ? executor(this.reader) : undefined;
    this.tx = drizzleAsync(async (sql, params, method) => {
      if (!this.inTx.getStore()) throw new Error('a transaction handle was used outside its withTx callback');
      return onWriter(sql, params, method);
    }, { schema }) as Tx;
    this.readOne = async (sql, params, method) => {
      if (this.inTx.getStore()) throw new Error('the reader was used inside withTx; query through tx there');
      if (onReader) return onReader(sql, params, method);
      // In memory: the writer is the only connection; read when no transaction holds it.
      return this.mutex.locked ? this.mutex.run(async () => onWriter(sql, params, method)) : onWriter(sql, params, method);
    };
    this.read = drizzleAsync(this.readOne, { schema });
  }

  async withTx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.inTx.getStore()) return fn(this.tx); // nested: joins the outer transaction
    return this.mutex.run(async () => {
      this.writer.exec('BEGIN IMMEDIATE');
      try {
        // Awaited inside the context: a drizzle builder is a lazy thenable that runs when awaited.
        const result = await this.inTx.run(true, async () => await fn(this.tx));
        this.writer.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.writer.inTransaction) this.writer.exec('ROLLBACK');
        throw err;
      }
    });
  }

  /** The single writer already holds the database's write lock for the whole transaction. */
  lockAuditHead(_tx: Tx): Promise<void> {
    if (!this.inTx.getStore()) return Promise.reject(new Error('lockAuditHead needs an open transaction'));
    return Promise.resolve();
  }

  migrate(): Promise<number> {
    return this.mutex.run(async () => {
      migrate(drizzleSync(this.writer, { schema }), { migrationsFolder: migrationsFolder() });
      const row = this.writer.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
      return row.n;
    });
  }

  /** One node per SQLite file: nothing to wait for. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  async migrationStatus(): Promise<{ total: number; pending: string[] }> {
    const { entries } = JSON.parse(readFileSync(join(migrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
    const { rows: table } = await this.readOne("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'", [], 'all');
    if (table.length === 0) return { total: entries.length, pending: entries.map((e) => e.tag) };
    const { rows } = await this.readOne('SELECT max(created_at) FROM __drizzle_migrations', [], 'get');
    const last = Array.isArray(rows) && rows[0] != null ? Number(rows[0]) : -Infinity;
    return { total: entries.length, pending: entries.filter((e) => e.when > last).map((e) => e.tag) };
  }

  async ping(): Promise<boolean> {
    const { rows } = await this.readOne('SELECT 1', [], 'get');
    return Array.isArray(rows) && rows[0] === 1;
  }

  close(): Promise<void> {
    return this.mutex.run(async () => {
      this.reader?.close();
      this.writer.close();
    });
  }

  /** The whole database as one image (tests copy a seeded database this way). */
  serialize(): Buffer {
    return this.writer.serialize();
  }

  /** Raw SQL on the writer, outside any transaction: tests that play an attacker with the database file. */
  execRaw(sql: string, ...params: unknown[]): unknown[] {
    if (this.mutex.locked) throw new Error('execRaw while a transaction runs');
    const stmt = this.writer.prepare(sql);
    return stmt.reader ? stmt.all(...params) : (stmt.run(...params), []);
  }
}

/** Opens (creating if needed) a SQLite database with the pragmas case data needs. */
export const openSqliteDatabase = (location: string | Buffer): SqliteDatabase => new SqliteDatabase(location);
