import pg from 'pg';
import { z } from 'zod';
import type { PgConnectionSettings } from './database-url';

/** How long a request may wait for a pooled connection before it is answered 503 (issue 11: 5 s). */
export const POOL_WAIT_MS = 5000;

export interface PgPoolOptions {
  /** Connections kept by this node (`YILIAN_DB_POOL`, default 10). */
  size?: number;
  /** A wait longer than this for a connection rejects (isPoolTimeout); default POOL_WAIT_MS. */
  connectionTimeoutMillis?: number;
  /** Shown in pg_stat_activity; default `yilian`. */
  applicationName?: string;
  /** Any one statement is cancelled after this long; default 30 s. */
  statementTimeoutMs?: number;
  /** A session idle inside a transaction is ended after this long; default 60 s. */
  idleInTransactionTimeoutMs?: number;
  /** An idle connection is closed after this long; default 30 s. */
  idleTimeoutMs?: number;
  /** Called with errors of idle pooled connections (e.g. the server restarted); they must not crash the process. */
  onIdleError?: (err: Error) => void;
}

const poolEnvSchema = z.object({
  YILIAN_DB_POOL: z.coerce.number().int().min(1).max(1000).default(10),
});

/** Reads `YILIAN_DB_POOL` (connections per node, default 10); throws naming the variable. */
export function poolSizeFromEnv(env: Record<string, string | undefined>): number {
  const parsed = poolEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid environment variable YILIAN_DB_POOL: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data.YILIAN_DB_POOL;
}

let parsersInstalled = false;

/**
 * 64-bit integers (count(*), sum(), bigint columns) and numerics (avg()) come back as JavaScript
 * numbers, as from SQLite, instead of strings. node-postgres' parsers are global (drizzle falls back to
 * them for every type it does not handle), so this is installed once per process.
 */
export function installNumberParsers(): void {
  if (parsersInstalled) return;
  parsersInstalled = true;
  pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v: string) => Number(v));
}

/**
 * A pool of connections to the database: at most `size`, a wait over `connectionTimeoutMillis` rejects
 * instead of hanging, and every connection sets application_name, statement_timeout and
 * idle_in_transaction_session_timeout in its startup packet.
 */
export function createPgPool(settings: PgConnectionSettings, options: PgPoolOptions = {}): pg.Pool {
  installNumberParsers();
  const pool = new pg.Pool({
    host: settings.host,
    port: settings.port,
    database: settings.database,
    user: settings.user,
    ...(settings.password !== undefined ? { password: settings.password } : {}),
    ssl: settings.ssl,
    max: options.size ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? POOL_WAIT_MS,
    idleTimeoutMillis: options.idleTimeoutMs ?? 30_000,
    application_name: options.applicationName ?? 'yilian',
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 60_000,
  });
  pool.on('error', (err) => (options.onIdleError ?? (() => undefined))(err));
  return pool;
}
