import type { Db } from '../db/client';

/**
 * Simulates an attacker with write access to the database file: drops the append-only triggers so a
 * test can alter the audit log and check that the hash chain still exposes the change.
 */
export function dropAuditGuards(db: Db): void {
  db.$client.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
}
