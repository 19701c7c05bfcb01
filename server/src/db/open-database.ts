/**
 * Chooses the database at run time from `YILIAN_DB` (one build serves both): a `postgres://` or
 * `postgresql://` URL opens PostgreSQL, anything else is a SQLite file path.
 */
import { existsSync } from 'node:fs';
import type { Database } from './database';
import { openSqliteDatabase } from './sqlite-database';
import { openPostgresDatabase } from './postgres-database';
import { describeDatabaseUrl, parseDatabaseTarget } from './postgres/database-url';

export interface OpenDatabaseOptions {
  /** `YILIAN_DB_POOL` (PostgreSQL only). */
  poolSize: number;
  /** `YILIAN_MIGRATE=off`: a missing SQLite file is an error instead of being created. */
  migrate: boolean;
  /** Errors of idle pooled connections (they must not crash the process). */
  onIdleError?: (err: Error) => void;
}

/** The message of a node started with `YILIAN_MIGRATE=off` on a database that is not migrated. */
export const notMigratedMessage = (where: string, pending: string[]): string =>
  `The database ${where} lacks ${pending.length} migration(s) (${pending.join(', ')}) and YILIAN_MIGRATE=off: run \`pnpm yilian migrate\` first`;

/** `YILIAN_DB` as it may be printed: a SQLite path, or the PostgreSQL URL without its password. */
export function describeDatabase(value: string): string {
  const target = parseDatabaseTarget(value);
  return target.dialect === 'postgres' ? describeDatabaseUrl(value) : target.path;
}

export function openDatabase(value: string, options: OpenDatabaseOptions): Database {
  const target = parseDatabaseTarget(value);
  if (target.dialect === 'postgres') {
    return openPostgresDatabase(target, { size: options.poolSize, ...(options.onIdleError ? { onIdleError: options.onIdleError } : {}) });
  }
  if (!options.migrate && target.path !== ':memory:' && !existsSync(target.path)) {
    throw new Error(notMigratedMessage(target.path, ['all']));
  }
  return openSqliteDatabase(target.path);
}
