/**
 * PostgreSQL support (issue 11): `YILIAN_DB=postgres://…` parsing and redaction, the connection pool,
 * migrations under an advisory lock (transactions and their retries: ../postgres-database.ts). The query code is shared with SQLite;
 * the schema is schema-pg/ (checked against schema/ by schema-parity.test.ts).
 */
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import * as schema from '../schema-pg';
import { parseDatabaseTarget, type PgConnectionSettings } from './database-url';
import { createPgPool, type PgPoolOptions } from './pool';

export * from './database-url';
export * from './pool';
export * from './unavailable';
export * from './migrate';

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };
/** A PostgreSQL transaction handle. */
export type PgTx = Parameters<Parameters<PgDb['transaction']>[0]>[0];

export interface OpenedPostgres {
  pool: pg.Pool;
  db: PgDb;
  close(): Promise<void>;
}

/** Opens a pool on a `postgres://` URL (or parsed settings) and a drizzle handle over it. Connects lazily. */
export function openPostgres(target: string | PgConnectionSettings, options: PgPoolOptions = {}): OpenedPostgres {
  let settings: PgConnectionSettings;
  if (typeof target === 'string') {
    const parsed = parseDatabaseTarget(target);
    if (parsed.dialect !== 'postgres') throw new Error('openPostgres: YILIAN_DB is not a postgres:// URL');
    settings = parsed;
  } else {
    settings = target;
  }
  const pool = createPgPool(settings, options);
  const db = drizzle({ client: pool, schema }) as PgDb;
  return { pool, db, close: () => pool.end() };
}
