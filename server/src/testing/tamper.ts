import type { SqliteDatabase } from '../db/sqlite-database';

/**
 * Simulates an attacker with write access to the database file: drops the append-only triggers so a
 * test can alter the audit log and check that the hash chain still exposes the change.
 */
export function dropAuditGuards(db: SqliteDatabase): void {
  db.execRaw('DROP TRIGGER IF EXISTS audit_log_no_update');
  db.execRaw('DROP TRIGGER IF EXISTS audit_log_no_delete');
}
