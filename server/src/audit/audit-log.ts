import { desc, eq, and, type SQL } from 'drizzle-orm';
import { auditLog } from '../db/schema';
import type { Database, Reader, Tx } from '../db/database';
import { sha256Parts } from './integrity/audit-crypto';

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

/**
 * The hash of one entry over the previous hash and the entry's stored fields, in a fixed order (SHA-256;
 * another algorithm comes through `hash`, the AuditCrypto interface's).
 */
export function entryHash(prevHash: string, e: StoredFields, hash: (parts: readonly string[]) => string = sha256Parts): string {
  const canonical = JSON.stringify([
    e.seq, e.at, e.tenantId, e.actorId, e.actorName, e.action, e.targetType, e.targetId, e.before, e.after,
  ]);
  return hash([prevHash, canonical]);
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

/** Lists entries newest first, optionally restricted to one tenant. */
export async function listAudit(db: Reader, opts: { tenantId?: string; limit: number; offset: number }) {
  const where: SQL | undefined = opts.tenantId ? and(eq(auditLog.tenantId, opts.tenantId)) : undefined;
  return db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(opts.limit).offset(opts.offset);
}
