import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as schema from './schema';
import { migrationsFolder } from '../paths';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle; every command writes through one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: Db;
}

/** Opens (creating if needed) a SQLite database with the pragmas case data needs. */
export function openDatabase(path: string | Buffer): OpenedDatabase {
  if (typeof path === 'string' && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  if (typeof path === 'string' && path !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

/** Applies the committed drizzle-kit migrations; returns the applied migration count. */
export function migrateDatabase(db: Db): number {
  migrate(db, { migrationsFolder: migrationsFolder() });
  const row = db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
  return row.n;
}
