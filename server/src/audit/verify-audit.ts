/**
 * Verifies the stored audit log against its signed checkpoints (database and file), chunk by chunk,
 * yielding between chunks so that a long verification never blocks other requests. County users get
 * the verdict with the count of their own tenant's entries; the chain is verified whole either way.
 */
import { asc, gt } from 'drizzle-orm';
import { auditCheckpoints, auditLog } from '../db/schema';
import type { Reader } from '../db/database';
import type { AuthUser } from '../auth/types';
import { seesAllTenants } from '../tenants';
import { entryHash, GENESIS_HASH } from './audit-log';
import type { AuditAnchor } from './anchor';
import { readCheckpointFile } from './integrity/checkpoint-file';
import { verifyIntegrity, type IntegrityReport } from './integrity/verify-integrity';

/** Entries read and hashed per step before yielding (about 10–30 ms of work on one core). */
export const VERIFY_CHUNK = 1_000;

export interface VerifyAuditOptions {
  /** Count only this tenant's entries (undefined = every entry). */
  tenantId?: string | undefined;
  chunkSize?: number;
  /** Called between chunks (tests count it; default: as long a pause as the chunk took). */
  pause?: () => Promise<void>;
}

type AuditRow = typeof auditLog.$inferSelect;

/**
 * The default pause between chunks: gives the event loop back for as long as the chunk took (at most
 * 100 ms), so other requests get at least half the time and wait at most one chunk — one turn alone
 * would not do: a request needs several turns (socket, handler, database, write).
 */
function fairPause(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    const worked = performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, Math.max(1, worked))));
    since = performance.now();
  };
}

/** Verifies the whole chain and its checkpoints; reports the first broken link and its kind. */
export async function verifyAuditLog(db: Reader, anchor: AuditAnchor, opts: VerifyAuditOptions = {}): Promise<IntegrityReport> {
  // The database first, then the file: the file is written first, so every checkpoint read from the database is in it.
  const databaseCheckpoints = await db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq));
  const file = readCheckpointFile(anchor.checkpointsPath);
  const tenantId = opts.tenantId;
  return verifyIntegrity<AuditRow>({
    crypto: anchor.crypto,
    genesisHash: GENESIS_HASH,
    entryHash: (prevHash, row) => {
      const { hash: _hash, prevHash: _prev, ...fields } = row;
      return entryHash(prevHash, fields, anchor.crypto.hash);
    },
    readChunk: (afterSeq, limit) => db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit),
    chunkSize: opts.chunkSize ?? VERIFY_CHUNK,
    databaseCheckpoints,
    fileCheckpoints: file.checkpoints,
    fileBadLines: file.badLines,
    pause: opts.pause ?? fairPause(),
    ...(tenantId !== undefined ? { counts: (row: AuditRow) => row.tenantId === tenantId } : {}),
  });
}

/** The verification as the user may see it: city admins and city supervisors count every entry, others their tenant's. */
export async function verifyAuditFor(db: Reader, anchor: AuditAnchor, user: AuthUser, opts: Omit<VerifyAuditOptions, 'tenantId'> = {}) {
  const tenantId = (await seesAllTenants(db, user)) ? undefined : user.tenantId;
  return verifyAuditLog(db, anchor, { ...opts, tenantId });
}
