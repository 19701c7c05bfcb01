/**
 * Writes a signed checkpoint of the audit chain's head when one is due (every N entries, or hourly
 * while entries come): after an audited write commits, and from an hourly timer. File first, then
 * the database row, in one transaction — the verifier accepts only the newest file checkpoint
 * missing from the database (a crash in between). With several nodes on PostgreSQL, the node holding
 * the audit head's advisory lock writes; the others then find the checkpoint written and skip.
 */
import { count, desc } from 'drizzle-orm';
import { auditCheckpoints, auditLog } from '../db/schema';
import type { Database, Reader, Tx } from '../db/database';
import { appendCheckpointFile } from './integrity/checkpoint-file';
import { checkpointDue, signCheckpoint, type Checkpoint } from './integrity/checkpoint';
import type { AuditAnchor } from './anchor';

async function headAndLast(db: Reader) {
  const [head] = await db.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const [last] = await db.select({ seq: auditCheckpoints.seq, at: auditCheckpoints.at }).from(auditCheckpoints).orderBy(desc(auditCheckpoints.seq)).limit(1);
  return { head, last };
}

/**
 * Takes the checkpoint writer's lock for this transaction: the audit chain's head lock (SQLite: the single
 * writer already holds it; PostgreSQL: a transaction-scoped advisory lock). Nodes wanting the same
 * checkpoint queue on it; the one after the first finds it no longer due (READ COMMITTED re-reads).
 */
async function takeCheckpointLock(db: Database, tx: Tx): Promise<boolean> {
  await db.lockAuditHead(tx);
  return true;
}

/** Writes a checkpoint when due; returns it, or undefined when none was due (or another node writes). */
export async function checkpointIfDue(db: Database, anchor: AuditAnchor, now: Date): Promise<Checkpoint | undefined> {
  const seen = await headAndLast(db.read);
  if (!seen.head || !checkpointDue(seen.last, seen.head.seq, now, anchor.every, anchor.maxAgeMs)) return undefined;
  return db.withTx(async (tx) => {
    if (!(await takeCheckpointLock(db, tx))) return undefined;
    const { head, last } = await headAndLast(tx);
    if (!head || !checkpointDue(last, head.seq, now, anchor.every, anchor.maxAgeMs)) return undefined;
    const [counted] = await tx.select({ n: count() }).from(auditLog);
    const checkpoint = signCheckpoint(anchor.crypto, { seq: head.seq, hash: head.hash, count: counted?.n ?? 0 }, now.toISOString());
    appendCheckpointFile(anchor.checkpointsPath, checkpoint);
    await tx.insert(auditCheckpoints).values(checkpoint);
    return checkpoint;
  });
}
