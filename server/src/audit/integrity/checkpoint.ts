/**
 * Signed checkpoints of the audit chain: (sequence, head hash, count) signed with the audit key,
 * kept in the database and appended to a file outside it, so that truncating, rewriting or wiping
 * the table no longer verifies.
 */
import type { AuditCrypto } from './audit-crypto';

export interface Checkpoint {
  /** The last entry covered. */
  seq: number;
  /** That entry's hash. */
  headHash: string;
  /** Entries covered (1…seq). */
  count: number;
  at: string;
  hashAlgorithm: string;
  signatureAlgorithm: string;
  keyId: string;
  signature: string;
}

/** The exact bytes signed: every field but the signature, in a fixed order. */
export function checkpointPayload(c: Omit<Checkpoint, 'signature'>): string {
  return JSON.stringify(['yilian-audit-checkpoint/1', c.seq, c.headHash, c.count, c.at, c.hashAlgorithm, c.signatureAlgorithm, c.keyId]);
}

/** A signed checkpoint of the chain's head. */
export function signCheckpoint(crypto: AuditCrypto, head: { seq: number; hash: string; count: number }, at: string): Checkpoint {
  const unsigned = {
    seq: head.seq,
    headHash: head.hash,
    count: head.count,
    at,
    hashAlgorithm: crypto.hashAlgorithm,
    signatureAlgorithm: crypto.signatureAlgorithm,
    keyId: crypto.keyId,
  };
  return { ...unsigned, signature: crypto.sign(checkpointPayload(unsigned)) };
}

/** True when the checkpoint carries a valid signature by this key. */
export function checkpointSigned(crypto: AuditCrypto, c: Checkpoint): boolean {
  return c.keyId === crypto.keyId && c.signatureAlgorithm === crypto.signatureAlgorithm && crypto.verify(checkpointPayload(c), c.signature);
}

/** When a checkpoint is due: every `every` entries, or `maxAgeMs` after the last one when entries were added since. */
export function checkpointDue(last: Pick<Checkpoint, 'seq' | 'at'> | undefined, headSeq: number, now: Date, every: number, maxAgeMs: number): boolean {
  const since = headSeq - (last?.seq ?? 0);
  if (since <= 0) return false;
  if (since >= every) return true;
  return last === undefined || now.getTime() - new Date(last.at).getTime() >= maxAgeMs;
}
