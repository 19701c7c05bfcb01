import { describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../db/client';
import { appendAudit, GENESIS_HASH, verifyAuditChain } from './audit-log';
import { dropAuditGuards } from '../testing/tamper';

function freshDb() {
  const { db } = openDatabase(':memory:');
  migrateDatabase(db);
  return db;
}

const entry = (n: number) => ({
  at: `2025-09-26T02:00:0${n}.000Z`, tenantId: '370811', actorId: 'u1', actorName: 'county-admin.370811',
  action: 'department.create', targetType: 'department', targetId: `d${n}`, after: { code: `c${n}` },
});

describe('audit hash chain', () => {
  it('links each entry to the previous hash and verifies', () => {
    // given three appended entries
    const db = freshDb();
    [1, 2, 3].forEach((n) => appendAudit(db, entry(n)));
    // when verified
    const result = verifyAuditChain(db);
    // then the chain is whole and starts at the genesis hash
    expect(result).toEqual({ ok: true, count: 3 });
    const first = db.$client.prepare('SELECT prev_hash FROM audit_log WHERE seq = 1').get() as { prev_hash: string };
    expect(first.prev_hash).toBe(GENESIS_HASH);
  });

  it('refuses to change or delete an entry at the database level', () => {
    const db = freshDb();
    appendAudit(db, entry(1));
    expect(() => db.$client.prepare('UPDATE audit_log SET action = ? WHERE seq = 1').run('x')).toThrow(/append-only/);
    expect(() => db.$client.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('reports the first entry whose content was changed', () => {
    // given a chain whose second entry is edited in place by someone who dropped the guards
    const db = freshDb();
    [1, 2, 3].forEach((n) => appendAudit(db, entry(n)));
    dropAuditGuards(db);
    db.$client.prepare('UPDATE audit_log SET after = ? WHERE seq = 2').run('{"code":"forged"}');
    // when / then
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 2, reason: 'hash' });
  });

  it('reports a deleted entry as a broken sequence', () => {
    const db = freshDb();
    [1, 2, 3].forEach((n) => appendAudit(db, entry(n)));
    dropAuditGuards(db);
    db.$client.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 3, reason: 'sequence' });
  });

  it('reports a re-hashed forgery by the broken link to it', () => {
    // given an attacker who rewrites entry 2 and recomputes its own hash but not the next link
    const db = freshDb();
    [1, 2, 3].forEach((n) => appendAudit(db, entry(n)));
    dropAuditGuards(db);
    db.$client.prepare("UPDATE audit_log SET hash = 'f' || substr(hash, 2) WHERE seq = 2").run();
    // then entry 2's hash no longer matches its content
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 2 });
  });
});
