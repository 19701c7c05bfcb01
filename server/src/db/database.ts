/**
 * The data layer every service talks to, independent of the database engine: one writer path
 * (`withTx`), one reader handle (`read`), the audit chain's lock, migrations and shutdown.
 *
 * Implementations: SQLite in ./sqlite-database.ts (the only module that touches better-sqlite3's
 * synchronous API) and PostgreSQL in ./postgres-database.ts (a pool; `withTx` on a pooled client with
 * `withSerializationRetry`, SQLSTATE 40001/40P01, 3 retries; `lockAuditHead` an advisory transaction
 * lock, a transaction's last lock). Both run the same drizzle queries; ./open-database.ts picks one
 * from `YILIAN_DB` at run time.
 *
 * Query code only ever `await`s drizzle query builders on a `Tx` or a `Reader` (they are thenable on
 * every dialect): never `.get()/.all()/.run()`, never SQL only one engine understands.
 */
import type { SqliteRemoteDatabase } from 'drizzle-orm/sqlite-proxy';
import type * as schema from './schema';

export type Dialect = 'sqlite' | 'postgres';

/**
 * The drizzle handle queries are built on, on both dialects: the SQLite dialect's builders, whose SQL
 * the PostgreSQL implementation re-spells (./postgres-sql.ts). schema-pg/ mirrors schema/ for the
 * PostgreSQL migrations (schema-parity.test.ts keeps them equal).
 */
export type QueryHandle = SqliteRemoteDatabase<typeof schema>;

declare const txBrand: unique symbol;

/** A transaction's handle: the only way to write. Valid only inside its `withTx` callback. */
export type Tx = QueryHandle & { readonly [txBrand]: true };

/** A handle that can only read: the reader outside transactions, or a `Tx` passed where reading is all that happens. */
export type Reader = Pick<QueryHandle, 'select' | 'selectDistinct' | '$count'>;

export interface Database {
  readonly dialect: Dialect;
  /**
   * Reads outside a transaction (SQLite: a second, read-only connection, or the writer under the write
   * mutex for an in-memory database). Never use it inside `withTx`: that throws.
   */
  readonly read: Reader;
  /**
   * Runs `fn` in one transaction and commits when its promise resolves, rolls back when it rejects.
   * A `withTx` inside another one joins it (one commit, one rollback). Do slow work (password hashing,
   * parsing) before calling it; inside, every query goes through `tx`.
   */
  withTx<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Takes the audit chain's head for an append; the last lock a transaction takes. */
  lockAuditHead(tx: Tx): Promise<void>;
  /** Applies the committed migrations; returns how many are applied in total. */
  migrate(): Promise<number>;
  /**
   * Runs `fn` holding the deployment lock: on PostgreSQL an advisory lock every node and
   * `pnpm yilian migrate` take around migrating and seeding; SQLite serves one node and just runs it.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * The committed migrations (`total`) and those the database lacks (`pending`), read without creating
   * anything (`YILIAN_MIGRATE=off`).
   */
  migrationStatus(): Promise<{ total: number; pending: string[] }>;
  /** Whether the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
