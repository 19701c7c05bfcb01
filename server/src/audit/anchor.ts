/**
 * The audit log's anchor outside the database: the signing key and the checkpoint file, opened once
 * per node at boot. The key is created on the first start only; once checkpoints exist (in the
 * database or the file) a missing key, or another key than the one that signed them, refuses to start.
 */
import { count, desc } from 'drizzle-orm';
import { auditCheckpoints } from '../db/schema';
import type { Reader } from '../db/database';
import { ed25519AuditCrypto, type AuditCrypto } from './integrity/audit-crypto';
import { readCheckpointFile } from './integrity/checkpoint-file';
import { SigningKeyError, loadSigningKey } from './integrity/signing-key';

export interface AuditAnchor {
  crypto: AuditCrypto;
  /** The checkpoint file (JSON lines). */
  checkpointsPath: string;
  /** A checkpoint every this many entries (and at least hourly while entries come). */
  every: number;
  maxAgeMs: number;
}

export const CHECKPOINT_MAX_AGE_MS = 3_600_000;

export interface AuditAnchorConfig {
  keyPath: string;
  checkpointsPath: string;
  checkpointEvery: number;
}

/** Loads (or on a first start creates, mode 0600) the signing key and checks it against existing checkpoints. */
export async function openAuditAnchor(db: Reader, config: AuditAnchorConfig): Promise<AuditAnchor> {
  const [stored] = await db.select({ n: count() }).from(auditCheckpoints);
  const [newest] = await db.select({ keyId: auditCheckpoints.keyId }).from(auditCheckpoints).orderBy(desc(auditCheckpoints.seq)).limit(1);
  const file = readCheckpointFile(config.checkpointsPath);
  const exist = (stored?.n ?? 0) > 0 || file.checkpoints.length > 0;
  const anchor = anchorWithKey(loadSigningKey(config.keyPath, { mayCreate: !exist }).pem, config);
  const crypto = anchor.crypto;
  const signedBy = newest?.keyId ?? file.checkpoints.at(-1)?.keyId;
  if (signedBy !== undefined && signedBy !== crypto.keyId) {
    throw new SigningKeyError(
      config.keyPath,
      `audit signing key ${config.keyPath} (id ${crypto.keyId}) is not the key that signed the existing checkpoints (id ${signedBy}): provision the shared key (YILIAN_AUDIT_KEY)`,
    );
  }
  return anchor;
}

/** The anchor for an already loaded key (PEM), without the checks against existing checkpoints. */
export function anchorWithKey(pem: string, config: AuditAnchorConfig): AuditAnchor {
  return { crypto: ed25519AuditCrypto(pem), checkpointsPath: config.checkpointsPath, every: config.checkpointEvery, maxAgeMs: CHECKPOINT_MAX_AGE_MS };
}
