/**
 * Writes a signed checkpoint of the audit chain's head when one is due (every N entries, or hourly
 * while entries come): after an audited write commits, and from an hourly timer. File first, then
 * the database row, in one transaction — the verifier accepts only the newest file checkpoint
 * missing from the database (a crash in between). With several nodes on PostgreSQL, only the node
 * holding the checkpoint advisory lock writes; the others skip.
 */
import { count, desc, sql } from 'drizzle-orm';
import { auditCheckpoints, auditLog } from '../db/schema';
import type { Database, Reader, Tx } from '../db/database';
import { appendCheckpointFile } from './integrity/checkpoint-file';
import { checkpointDue, signCheckpoint, type Checkpoint } from './integrity/checkpoint';
import type { AuditAnchor } from './anchor';

/** The advisory lock key of the checkpoint writer (PostgreSQL): 'YLCP'. */
const CHECKPOINT_LOCK = 0x594c4350;

async function headAndLast(db: Reader) {
  const [head] = await db.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const [last] = await db.select({ seq: auditCheckpoints.seq, at: auditCheckpoints.at }).from(auditCheckpoints).orderBy(desc(auditCheckpoints.seq)).limit(1);
  return { head, last };
}

/**
 * Takes the checkpoint writer's lock for this transaction. SQLite: `withTx` already serializes every
 * writer. PostgreSQL: a transaction-scoped advisory lock, tried — another node holding it is writing.
 */
async function tryCheckpointLock(db: Database, tx: Tx): Promise<boolean> {
  if (db.dialect !== 'postgres') return true;
  const pg = tx as unknown as { execute(query: ReturnType<typeof sql>): Promise<{ rows: Array<{ locked: boolean }> }> };
  const result = await pg.execute(sql`select pg_try_advisory_xact_lock(${CHECKPOINT_LOCK}) as locked`);
  return result.rows[0]?.locked === true;
}

/** Writes a checkpoint when due; returns it, or undefined when none was due (or another node writes). */
export async function checkpointIfDue(db: Database, anchor: AuditAnchor, now: Date): Promise<Checkpoint | undefined> {
  const seen = await headAndLast(db.read);
  if (!seen.head || !checkpointDue(seen.last, seen.head.seq, now, anchor.every, anchor.maxAgeMs)) return undefined;
  return db.withTx(async (tx) => {
    if (!(await tryCheckpointLock(db, tx))) return undefined;
    const { head, last } = await headAndLast(tx);
    if (!head || !checkpointDue(last, head.seq, now, anchor.every, anchor.maxAgeMs)) return undefined;
    const [counted] = await tx.select({ n: count() }).from(auditLog);
    const checkpoint = signCheckpoint(anchor.crypto, { seq: head.seq, hash: head.hash, count: counted?.n ?? 0 }, now.toISOString());
    appendCheckpointFile(anchor.checkpointsPath, checkpoint);
    await tx.insert(auditCheckpoints).values(checkpoint);
    return checkpoint;
  });
}
