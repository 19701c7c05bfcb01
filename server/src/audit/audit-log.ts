import { createHash } from 'node:crypto';
import { asc, desc, eq, and, type SQL } from 'drizzle-orm';
import { auditLog } from '../db/schema';
import type { Database, Reader, Tx } from '../db/database';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  at: string;
  tenantId: string | null;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before?: unknown;
  after?: unknown;
}

type StoredFields = Omit<typeof auditLog.$inferSelect, 'hash' | 'prevHash'>;

/** The hash of one entry: SHA-256 over the previous hash and the entry's stored fields, in a fixed order. */
export function entryHash(prevHash: string, e: StoredFields): string {
  const canonical = JSON.stringify([
    e.seq, e.at, e.tenantId, e.actorId, e.actorName, e.action, e.targetType, e.targetId, e.before, e.after,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/**
 * Appends one entry inside the caller's transaction, linking it to the previous entry's hash. The
 * chain's head is taken under `lockAuditHead` first, so appends from several nodes keep one chain.
 */
export async function appendAudit(db: Database, tx: Tx, entry: AuditEntry): Promise<void> {
  await db.lockAuditHead(tx);
  const [last] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields: StoredFields = {
    seq: (last?.seq ?? 0) + 1,
    at: entry.at,
    tenantId: entry.tenantId,
    actorId: entry.actorId,
    actorName: entry.actorName,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
  await tx.insert(auditLog).values({ ...fields, prevHash, hash: entryHash(prevHash, fields) });
}

export type ChainVerification =
  | { ok: true; count: number }
  | { ok: false; count: number; brokenAt: number; reason: 'prev_hash' | 'hash' | 'sequence' };

/** Walks the whole chain and reports the first broken link. */
export async function verifyAuditChain(db: Reader): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (const row of await db.select().from(auditLog).orderBy(asc(auditLog.seq))) {
    count += 1;
    if (row.seq !== expectedSeq) return { ok: false, count, brokenAt: row.seq, reason: 'sequence' };
    if (row.prevHash !== prevHash) return { ok: false, count, brokenAt: row.seq, reason: 'prev_hash' };
    const { hash, prevHash: _p, ...fields } = row;
    if (entryHash(prevHash, fields) !== hash) return { ok: false, count, brokenAt: row.seq, reason: 'hash' };
    prevHash = hash;
    expectedSeq += 1;
  }
  return { ok: true, count };
}

/** Lists entries newest first, optionally restricted to one tenant. */
export async function listAudit(db: Reader, opts: { tenantId?: string; limit: number; offset: number }) {
  const where: SQL | undefined = opts.tenantId ? and(eq(auditLog.tenantId, opts.tenantId)) : undefined;
  return db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(opts.limit).offset(opts.offset);
}
