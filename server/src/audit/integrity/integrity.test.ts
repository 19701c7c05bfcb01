import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ed25519AuditCrypto, sha256Parts } from './audit-crypto';
import { checkpointDue, signCheckpoint, type Checkpoint } from './checkpoint';
import { appendCheckpointFile, readCheckpointFile } from './checkpoint-file';
import { loadSigningKey, SigningKeyError } from './signing-key';
import { verifyIntegrity, type ChainRow } from './verify-integrity';

const pem = () => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const crypto = ed25519AuditCrypto(pem());
const GENESIS = '0'.repeat(64);

interface Row extends ChainRow {
  action: string;
}

const hashOf = (prevHash: string, row: Row) => sha256Parts([prevHash, JSON.stringify([row.seq, row.action])]);

/** A valid chain of n entries. */
function chain(n: number): Row[] {
  const rows: Row[] = [];
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq += 1) {
    const row = { seq, action: `a${seq}`, prevHash: prev, hash: '' };
    row.hash = hashOf(prev, row);
    rows.push(row);
    prev = row.hash;
  }
  return rows;
}

const checkpointsOf = (rows: Row[], every: number): Checkpoint[] =>
  rows.filter((r) => r.seq % every === 0).map((r) => signCheckpoint(crypto, { seq: r.seq, hash: r.hash, count: r.seq }, '2025-09-26T02:00:00Z'));

function verify(rows: Row[], database: Checkpoint[], file: Checkpoint[] = database, chunkSize = 4, extra: { pauses?: number[] } = {}) {
  return verifyIntegrity<Row>({
    crypto,
    genesisHash: GENESIS,
    entryHash: hashOf,
    readChunk: async (after, limit) => rows.filter((r) => r.seq > after).slice(0, limit),
    chunkSize,
    databaseCheckpoints: database,
    fileCheckpoints: file,
    pause: async () => {
      extra.pauses?.push(1);
    },
  });
}

describe('audit crypto (SHA-256 + Ed25519 behind one interface)', () => {
  it('signs and verifies, refusing a changed payload, another key or garbage', () => {
    const signature = crypto.sign('payload');
    expect(crypto.verify('payload', signature)).toBe(true);
    expect(crypto.verify('payload!', signature)).toBe(false);
    expect(ed25519AuditCrypto(pem()).verify('payload', signature)).toBe(false);
    expect(crypto.verify('payload', 'not base64 at all')).toBe(false);
    expect(crypto.keyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('refuses a key that is not Ed25519', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => ed25519AuditCrypto(rsa)).toThrow(/Ed25519/);
  });
});

describe('the signing key file', () => {
  it('is created once with mode 0600 and read back after', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'yl-key-')), 'keys', 'audit.pem');
    const first = loadSigningKey(path, { mayCreate: true });
    expect(first.created).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const second = loadSigningKey(path, { mayCreate: true });
    expect(second).toEqual({ pem: first.pem, created: false });
  });

  it('is never created a second time once checkpoints exist, and must not be readable by others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yl-key-'));
    expect(() => loadSigningKey(join(dir, 'missing.pem'), { mayCreate: false })).toThrow(SigningKeyError);
    const open = join(dir, 'open.pem');
    writeFileSync(open, pem());
    chmodSync(open, 0o644);
    expect(() => loadSigningKey(open, { mayCreate: true })).toThrow(/chmod 600/);
  });
});

describe('the checkpoint file', () => {
  it('appends lines and reads them back, ignoring a torn last line but naming a bad one in the middle', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'yl-cp-')), 'checkpoints.jsonl');
    expect(readCheckpointFile(path)).toEqual({ checkpoints: [], badLines: [] });
    const [a, b] = checkpointsOf(chain(10), 5);
    appendCheckpointFile(path, a!);
    appendFileSync(path, 'garbage\n');
    appendCheckpointFile(path, b!);
    appendFileSync(path, '{"seq": 15, "head');
    expect(readCheckpointFile(path)).toEqual({ checkpoints: [a, b], badLines: [2] });
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe(JSON.stringify(a));
  });
});

describe('when a checkpoint is due', () => {
  const now = new Date('2025-09-26T03:00:00Z');
  it('every N entries, or an hour after the last one when entries came since', () => {
    expect(checkpointDue(undefined, 0, now, 100, 3_600_000)).toBe(false);
    expect(checkpointDue(undefined, 1, now, 100, 3_600_000)).toBe(true);
    expect(checkpointDue({ seq: 10, at: '2025-09-26T02:30:00Z' }, 50, now, 100, 3_600_000)).toBe(false);
    expect(checkpointDue({ seq: 10, at: '2025-09-26T02:30:00Z' }, 110, now, 100, 3_600_000)).toBe(true);
    expect(checkpointDue({ seq: 10, at: '2025-09-26T01:59:00Z' }, 11, now, 100, 3_600_000)).toBe(true);
    expect(checkpointDue({ seq: 10, at: '2025-09-26T01:00:00Z' }, 10, now, 100, 3_600_000)).toBe(false);
  });
});

describe('verifyIntegrity', () => {
  const rows = chain(23);
  const checkpoints = checkpointsOf(rows, 5); // 5, 10, 15, 20

  it('passes an intact chain and its checkpoints', async () => {
    expect(await verify(rows, checkpoints)).toEqual({ ok: true, count: 23, checkpoints: 4, lastCheckpointSeq: 20 });
  });

  it('reports a truncated tail that a checkpoint still names', async () => {
    expect(await verify(rows.slice(0, 17), checkpoints)).toMatchObject({ ok: false, brokenAt: 18, kind: 'missing_tail', reason: 'truncated' });
  });

  it('reports a wiped table', async () => {
    expect(await verify([], [], checkpoints)).toMatchObject({ ok: false, count: 0, brokenAt: 1, kind: 'missing_tail' });
  });

  it('reports an entry rewritten with every later hash recomputed, between the checkpoints around it', async () => {
    const rewritten = chain(23).map((row) => ({ ...row }));
    rewritten[11]!.action = 'rewritten';
    let prev = rewritten[10]!.hash;
    for (const row of rewritten.slice(11)) {
      row.prevHash = prev;
      row.hash = hashOf(prev, row);
      prev = row.hash;
    }
    expect(await verify(rewritten, checkpoints)).toMatchObject({ ok: false, brokenAt: 11, kind: 'altered_entry', reason: 'checkpoint_mismatch' });
  });

  it('reports an entry altered in place at its own sequence', async () => {
    const altered = rows.map((row) => (row.seq === 7 ? { ...row, action: 'x' } : row));
    expect(await verify(altered, checkpoints)).toMatchObject({ ok: false, brokenAt: 7, kind: 'altered_entry', reason: 'hash' });
  });

  it('reports a forged checkpoint (signed by another key) and checkpoints missing on either side', async () => {
    const other = ed25519AuditCrypto(pem());
    const forged = checkpoints.map((c) => (c.seq === 10 ? signCheckpoint(other, { seq: 10, hash: c.headHash, count: 10 }, c.at) : c));
    expect(await verify(rows, forged)).toMatchObject({ ok: false, brokenAt: 10, kind: 'forged_checkpoint', reason: 'bad_signature' });
    expect(await verify(rows, checkpoints, checkpoints.filter((c) => c.seq !== 15))).toMatchObject({
      ok: false, brokenAt: 15, kind: 'missing_checkpoint', reason: 'not_in_file',
    });
    expect(await verify(rows, checkpoints.filter((c) => c.seq !== 5), checkpoints)).toMatchObject({
      ok: false, brokenAt: 5, kind: 'missing_checkpoint', reason: 'not_in_database',
    });
  });

  it('accepts the newest file checkpoint missing from the database (a crash between the two writes)', async () => {
    expect(await verify(rows, checkpoints.slice(0, 3), checkpoints)).toMatchObject({ ok: true, checkpoints: 4 });
  });

  it('reads in chunks and pauses between them (5,000 entries at a time)', async () => {
    const big = chain(12_001);
    const pauses: number[] = [];
    const report = await verify(big, checkpointsOf(big, 5_000), undefined, 5_000, { pauses });
    expect(report).toMatchObject({ ok: true, count: 12_001, lastCheckpointSeq: 10_000 });
    expect(pauses.length).toBe(2);
  });
});
