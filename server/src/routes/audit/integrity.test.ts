import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';
import { dropAuditGuards, rawSql } from '../../testing/tamper';
import { appendAuditEntries, rewriteAuditEntry } from '../../testing/audit-entries';
import { openAuditAnchor } from '../../audit/anchor';
import { ed25519AuditCrypto } from '../../audit/integrity/audit-crypto';
import { signCheckpoint } from '../../audit/integrity/checkpoint';
import { SigningKeyError } from '../../audit/integrity/signing-key';
import { verifyAuditLog } from '../../audit/verify-audit';

/** An app writing a checkpoint every 3 entries, with 8 department writes (so several checkpoints). */
async function withCheckpoints() {
  const { app, deps } = createTestApp();
  deps.audit.every = 3;
  const city = api(app, await loginAs(app, 'city-admin.370800'));
  const county = api(app, await loginAs(app, 'county-admin.370811'));
  for (let i = 0; i < 8; i += 1) expect((await county('POST', '/api/departments', { code: `d${i}`, name: `部门${i}` })).status).toBe(201);
  const verify = async () => json(await city('GET', '/api/audit/verify'));
  const checkpointSeqs = async () => ((await rawSql(deps.db, 'SELECT seq FROM audit_checkpoints ORDER BY seq')) as Array<{ seq: number }>).map((r) => Number(r.seq));
  const head = async () => Number(((await rawSql(deps.db, 'SELECT max(seq) AS seq FROM audit_log')) as Array<{ seq: number }>)[0]!.seq);
  return { app, deps, city, county, verify, checkpointSeqs, head };
}

describe('signed checkpoints of the audit chain', () => {
  it('are written after audited writes, in the database and in the checkpoint file, and verify', async () => {
    // given / when
    const { deps, verify, checkpointSeqs } = await withCheckpoints();
    // then
    const seqs = (await checkpointSeqs());
    expect(seqs.length).toBeGreaterThanOrEqual(3);
    const fileSeqs = readFileSync(deps.audit.checkpointsPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line).seq);
    expect(fileSeqs).toEqual(seqs);
    expect(await verify()).toMatchObject({ ok: true, checkpoints: seqs.length, lastCheckpointSeq: seqs.at(-1) });
  });

  it('expose a truncated tail', async () => {
    // given
    const { deps, verify, checkpointSeqs } = await withCheckpoints();
    const last = (await checkpointSeqs()).at(-1)!;
    // when the newest entries up to the last checkpoint are deleted
    await dropAuditGuards(deps.db);
    await rawSql(deps.db, 'DELETE FROM audit_log WHERE seq >= ?', last - 1);
    // then
    expect(await verify()).toMatchObject({ ok: false, brokenAt: last - 1, kind: 'missing_tail', reason: 'truncated' });
  });

  it('expose an entry rewritten with every later hash recomputed', async () => {
    // given
    const { deps, verify, checkpointSeqs, head } = await withCheckpoints();
    const [first, second] = (await checkpointSeqs());
    // when an entry between two checkpoints is rewritten and the chain recomputed after it
    await dropAuditGuards(deps.db);
    await rewriteAuditEntry(deps.db, second! - 1, JSON.stringify({ name: '伪造' }));
    expect(await head()).toBeGreaterThan(second!);
    // then the chain links, but the checkpoint after it does not match
    expect(await verify()).toMatchObject({ ok: false, brokenAt: first! + 1, kind: 'altered_entry', reason: 'checkpoint_mismatch' });
  });

  it('expose a wiped table, even with its checkpoints wiped too', async () => {
    // given
    const { deps, verify } = await withCheckpoints();
    // when
    await dropAuditGuards(deps.db);
    await rawSql(deps.db, 'DELETE FROM audit_log');
    await rawSql(deps.db, 'DELETE FROM audit_checkpoints');
    // then the checkpoint file still names what was there
    expect(await verify()).toMatchObject({ ok: false, count: 0, brokenAt: 1, kind: 'missing_tail' });
  });

  it('expose a checkpoint deleted from the database', async () => {
    // given
    const { deps, verify, checkpointSeqs } = await withCheckpoints();
    const [first] = (await checkpointSeqs());
    // when
    await rawSql(deps.db, 'DELETE FROM audit_checkpoints WHERE seq = ?', first);
    // then
    expect(await verify()).toMatchObject({ ok: false, brokenAt: first, kind: 'missing_checkpoint', reason: 'not_in_database' });
  });

  it('expose a forged checkpoint, signed by another key', async () => {
    // given
    const { deps, verify, checkpointSeqs } = await withCheckpoints();
    const [, second] = (await checkpointSeqs());
    const other = ed25519AuditCrypto(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    const [row] = (await rawSql(deps.db, 'SELECT head_hash AS hash, count FROM audit_checkpoints WHERE seq = ?', second)) as Array<{ hash: string; count: number }>;
    const forged = signCheckpoint(other, { seq: second!, hash: row!.hash, count: row!.count }, '2025-09-26T02:00:00.000Z');
    // when
    await rawSql(deps.db, 'UPDATE audit_checkpoints SET key_id = ?, signature = ? WHERE seq = ?', forged.keyId, forged.signature, second);
    // then
    expect(await verify()).toMatchObject({ ok: false, brokenAt: second, kind: 'forged_checkpoint', reason: 'bad_signature' });
  });
});

describe('the verification', () => {
  it('shows county administrators the count of their own tenant only', async () => {
    // given entries of two counties
    const { app, city, county, verify } = await withCheckpoints();
    const other = api(app, await loginAs(app, 'county-admin.370881'));
    expect((await other('POST', '/api/departments', { code: 'qf', name: '曲阜部门' })).status).toBe(201);
    // when
    const all = await verify();
    const own = await json(await county('GET', '/api/audit/verify'));
    // then
    const ownTotal = (await json(await county('GET', '/api/audit?pageSize=1'))).total;
    expect(all).toMatchObject({ ok: true, count: (await json(await city('GET', '/api/audit?pageSize=1'))).total });
    expect(own).toMatchObject({ ok: true, count: ownTotal });
    expect(own.count).toBeLessThan(all.count);
  });

  it('reads 5,000 entries at a time and yields between the chunks', async () => {
    // given 12,000 entries more
    const { deps } = createTestApp();
    await appendAuditEntries(deps.db, 12_000);
    // when
    let pauses = 0;
    const report = await verifyAuditLog(deps.db.read, deps.audit, { chunkSize: 5_000, pause: async () => void (pauses += 1) });
    // then
    expect(report).toMatchObject({ ok: true });
    expect(report.count).toBeGreaterThan(12_000);
    expect(pauses).toBe(Math.floor(report.count / 5_000));
  });
});

describe('the signing key', () => {
  it('is created once, mode 0600, and a node with checkpoints but no key (or another key) refuses to start', async () => {
    // given a fresh key path and an app whose database holds checkpoints
    const dir = mkdtempSync(join(tmpdir(), 'yl-audit-key-'));
    const config = { keyPath: join(dir, 'audit.pem'), checkpointsPath: join(dir, 'checkpoints.jsonl'), checkpointEvery: 1000 };
    const fresh = createTestApp();
    const first = await openAuditAnchor(fresh.deps.db.read, config);
    expect(statSync(config.keyPath).mode & 0o777).toBe(0o600);
    expect((await openAuditAnchor(fresh.deps.db.read, config)).crypto.keyId).toBe(first.crypto.keyId);
    const { deps } = await withCheckpoints();
    // when / then
    await expect(openAuditAnchor(deps.db.read, { ...config, keyPath: join(dir, 'missing.pem') })).rejects.toThrow(SigningKeyError);
    await expect(openAuditAnchor(deps.db.read, config)).rejects.toThrow(/not the key that signed/);
  });
});
