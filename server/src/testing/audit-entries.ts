import { entryHash, GENESIS_HASH } from '../audit/audit-log';
import type { Database } from '../db/database';
import { SqliteDatabase } from '../db/sqlite-database';
import { rawSql } from './tamper';

interface StoredEntry {
  seq: number;
  at: string;
  tenant_id: string | null;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

const fieldsOf = (row: StoredEntry) => ({
  seq: row.seq, at: row.at, tenantId: row.tenant_id, actorId: row.actor_id, actorName: row.actor_name,
  action: row.action, targetType: row.target_type, targetId: row.target_id, before: row.before, after: row.after,
});

/** Appends `n` valid chained entries straight into the table (bulk data for verification tests and the bench). */
export async function appendAuditEntries(db: Database, n: number, opts: { tenantId?: string; at?: string } = {}): Promise<void> {
  const [head] = (await rawSql(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')) as Array<{ seq: number; hash: string }>;
  let seq = Number(head?.seq ?? 0);
  let prevHash = head?.hash ?? GENESIS_HASH;
  const bulk = db instanceof SqliteDatabase; // one transaction on SQLite's single writer (100k rows for the bench)
  if (bulk) db.execRaw('BEGIN');
  try {
    for (let i = 0; i < n; i += 1) {
      seq += 1;
      const row: StoredEntry = {
        seq, at: opts.at ?? '2025-09-26T02:00:00.000Z', tenant_id: opts.tenantId ?? '370811', actor_id: null, actor_name: 'bulk',
        action: 'bulk.write', target_type: 'bulk', target_id: String(seq), before: null, after: JSON.stringify({ i }), prev_hash: prevHash, hash: '',
      };
      row.hash = entryHash(prevHash, fieldsOf(row));
      const values = [row.seq, row.at, row.tenant_id, row.actor_id, row.actor_name, row.action, row.target_type, row.target_id, row.before, row.after, row.prev_hash, row.hash];
      const insert = 'INSERT INTO audit_log (seq, at, tenant_id, actor_id, actor_name, action, target_type, target_id, before, after, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)';
      if (bulk) db.execRaw(insert, ...values);
      else await rawSql(db, insert, ...values);
      prevHash = row.hash;
    }
    if (bulk) db.execRaw('COMMIT');
  } catch (error) {
    if (bulk) db.execRaw('ROLLBACK');
    throw error;
  }
}

/**
 * What an attacker with write access to the database does to hide a change: sets the `after` of the entry at
 * `seq` and recomputes the hash of it and of every later entry, so that the chain alone
 * still verifies. (Drop the append-only guards first.)
 */
export async function rewriteAuditEntry(db: Database, seq: number, after: string): Promise<void> {
  const rows = (await rawSql(db, 'SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq', seq)) as unknown as StoredEntry[];
  const [previous] = (await rawSql(db, 'SELECT hash FROM audit_log WHERE seq = ?', seq - 1)) as Array<{ hash: string }>;
  let prevHash = previous?.hash ?? GENESIS_HASH;
  for (const row of rows) {
    const changed = row.seq === seq ? { ...row, seq: Number(row.seq), after } : { ...row, seq: Number(row.seq) };
    const hash = entryHash(prevHash, fieldsOf(changed));
    await rawSql(db, 'UPDATE audit_log SET after = ?, prev_hash = ?, hash = ? WHERE seq = ?', changed.after, prevHash, hash, row.seq);
    prevHash = hash;
  }
}
