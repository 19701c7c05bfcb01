import type { Database } from '../db/database';
import { SqliteDatabase } from '../db/sqlite-database';
import { PostgresDatabase } from '../db/postgres-database';

/**
 * Raw SQL (`?` placeholders) on a test app's database, outside the app, on either dialect: tests that
 * set up a state the API cannot reach or play an attacker with write access to the database.
 */
export async function rawSql(db: Database, sql: string, ...params: unknown[]): Promise<Record<string, unknown>[]> {
  if (db instanceof SqliteDatabase) return db.execRaw(sql, ...params) as Record<string, unknown>[];
  if (db instanceof PostgresDatabase) return db.execRaw(sql, ...params);
  throw new Error('rawSql: unknown database');
}

/** `SELECT count(*) AS n …` as a number on both dialects. */
export const countOf = async (db: Database, sql: string, ...params: unknown[]): Promise<number> =>
  Number((await rawSql(db, sql, ...params))[0]?.n);

/**
 * Simulates an attacker with write access to the database: drops the append-only triggers so a test
 * can alter the audit log and check that the hash chain still exposes the change.
 */
export async function dropAuditGuards(db: Database): Promise<void> {
  const on = db.dialect === 'postgres' ? ' ON audit_log' : '';
  await rawSql(db, `DROP TRIGGER IF EXISTS audit_log_no_update${on}`);
  await rawSql(db, `DROP TRIGGER IF EXISTS audit_log_no_delete${on}`);
}
