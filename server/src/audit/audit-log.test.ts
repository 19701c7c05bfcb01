import { describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../db/sqlite-database';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit, GENESIS_HASH } from './audit-log';
import { anchorWithKey } from './anchor';
import { verifyAuditLog } from './verify-audit';
import { dropAuditGuards } from '../testing/tamper';
import type { Reader } from '../db/database';

const anchor = anchorWithKey(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), {
  keyPath: '', checkpointsPath: join(mkdtempSync(join(tmpdir(), 'yl-audit-')), 'none.jsonl'), checkpointEvery: 1000,
});

/** The chain alone (no checkpoints written here). */
const verifyAuditChain = (read: Reader) => verifyAuditLog(read, anchor);

async function freshDb() {
  const db = openSqliteDatabase(':memory:');
  await db.migrate();
  return db;
}

/** Appends the entries one transaction each, in order. */
async function appendAll(db: Awaited<ReturnType<typeof freshDb>>, ns: number[]): Promise<void> {
  for (const n of ns) await db.withTx((tx) => appendAudit(db, tx, entry(n)));
}

const entry = (n: number) => ({
  at: `2025-09-26T02:00:0${n}.000Z`, tenantId: '370811', actorId: 'u1', actorName: 'county-admin.370811',
  action: 'department.create', targetType: 'department', targetId: `d${n}`, after: { code: `c${n}` },
});

describe('audit hash chain', async () => {
  it('links each entry to the previous hash and verifies', async () => {
    // given three appended entries
    const db = await freshDb();
    await appendAll(db, [1, 2, 3]);
    // when verified
    const result = await verifyAuditChain(db.read);
    // then the chain is whole and starts at the genesis hash
    expect(result).toEqual({ ok: true, count: 3, checkpoints: 0, lastCheckpointSeq: null });
    const first = db.execRaw('SELECT prev_hash FROM audit_log WHERE seq = 1')[0] as { prev_hash: string };
    expect(first.prev_hash).toBe(GENESIS_HASH);
  });

  it('refuses to change or delete an entry at the database level', async () => {
    const db = await freshDb();
    await appendAll(db, [1]);
    expect(() => db.execRaw('UPDATE audit_log SET action = ? WHERE seq = 1', 'x')).toThrow(/append-only/);
    expect(() => db.execRaw('DELETE FROM audit_log')).toThrow(/append-only/);
  });

  it('reports the first entry whose content was changed', async () => {
    // given a chain whose second entry is edited in place by someone who dropped the guards
    const db = await freshDb();
    await appendAll(db, [1, 2, 3]);
    await dropAuditGuards(db);
    db.execRaw('UPDATE audit_log SET after = ? WHERE seq = 2', '{"code":"forged"}');
    // when / then
    expect(await verifyAuditChain(db.read)).toMatchObject({ ok: false, brokenAt: 2, reason: 'hash' });
  });

  it('reports a deleted entry as a broken sequence', async () => {
    const db = await freshDb();
    await appendAll(db, [1, 2, 3]);
    await dropAuditGuards(db);
    db.execRaw('DELETE FROM audit_log WHERE seq = 2');
    expect(await verifyAuditChain(db.read)).toMatchObject({ ok: false, brokenAt: 2, kind: 'altered_entry', reason: 'sequence' });
  });

  it('reports a re-hashed forgery by the broken link to it', async () => {
    // given an attacker who rewrites entry 2 and recomputes its own hash but not the next link
    const db = await freshDb();
    await appendAll(db, [1, 2, 3]);
    await dropAuditGuards(db);
    db.execRaw("UPDATE audit_log SET hash = 'f' || substr(hash, 2) WHERE seq = 2");
    // then entry 2's hash no longer matches its content
    expect(await verifyAuditChain(db.read)).toMatchObject({ ok: false, brokenAt: 2 });
  });
});
