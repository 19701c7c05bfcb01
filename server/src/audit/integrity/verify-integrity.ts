/**
 * Verifies the audit chain against its signed checkpoints, chunk by chunk (yielding between chunks
 * so that a long verification never holds the event loop): every entry links to the previous one,
 * every checkpoint is signed by the audit key, present both in the database and in the file, and
 * matches the entry it names. Reports the first broken link and its kind.
 */
import type { AuditCrypto } from './audit-crypto';
import { checkpointSigned, type Checkpoint } from './checkpoint';

/** What is wrong at the first broken link. */
export type IntegrityBreakKind = 'altered_entry' | 'missing_tail' | 'missing_checkpoint' | 'forged_checkpoint';

/** Finer cause, for people investigating. */
export type IntegrityBreakReason =
  | 'sequence' | 'prev_hash' | 'hash' | 'checkpoint_mismatch' | 'truncated'
  | 'not_in_database' | 'not_in_file' | 'bad_signature' | 'unreadable_file';

export type IntegrityReport =
  | { ok: true; count: number; checkpoints: number; lastCheckpointSeq: number | null }
  | { ok: false; count: number; checkpoints: number; lastCheckpointSeq: number | null; brokenAt: number; kind: IntegrityBreakKind; reason: IntegrityBreakReason };

/** The fields of an entry the verifier needs; the rest goes to `entryHash`. */
export interface ChainRow {
  seq: number;
  prevHash: string;
  hash: string;
}

export interface VerifyIntegrityInput<R extends ChainRow> {
  crypto: AuditCrypto;
  genesisHash: string;
  /** Recomputes an entry's hash from the previous hash and its stored fields. */
  entryHash: (prevHash: string, row: R) => string;
  /** Entries with seq > afterSeq, ascending, at most `limit`. */
  readChunk: (afterSeq: number, limit: number) => Promise<R[]>;
  chunkSize: number;
  databaseCheckpoints: readonly Checkpoint[];
  fileCheckpoints: readonly Checkpoint[];
  /** Lines of the checkpoint file that are not checkpoints. */
  fileBadLines?: readonly number[];
  /** Called between chunks (default: one macrotask turn, letting other requests run). */
  pause?: () => Promise<void>;
  /** Entries counted in the report (default: all); the chain is verified whole either way. */
  counts?: (row: R) => boolean;
}

interface Break {
  brokenAt: number;
  kind: IntegrityBreakKind;
  reason: IntegrityBreakReason;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Walks the chain; stops at the first broken link. */
async function walk<R extends ChainRow>(input: VerifyIntegrityInput<R>, watched: ReadonlySet<number>) {
  const pause = input.pause ?? nextTurn;
  const hashAt = new Map<number, string>();
  let prevHash = input.genesisHash;
  let expected = 1;
  let count = 0;
  let broken: Break | undefined;
  for (;;) {
    const rows = await input.readChunk(expected - 1, input.chunkSize);
    for (const row of rows) {
      if (input.counts?.(row) ?? true) count += 1;
      if (row.seq !== expected) broken = { brokenAt: Math.min(row.seq, expected), kind: 'altered_entry', reason: 'sequence' };
      else if (row.prevHash !== prevHash) broken = { brokenAt: row.seq, kind: 'altered_entry', reason: 'prev_hash' };
      else if (input.entryHash(prevHash, row) !== row.hash) broken = { brokenAt: row.seq, kind: 'altered_entry', reason: 'hash' };
      if (broken) return { head: expected - 1, hashAt, count, broken };
      if (watched.has(row.seq)) hashAt.set(row.seq, row.hash);
      prevHash = row.hash;
      expected += 1;
    }
    if (rows.length < input.chunkSize) return { head: expected - 1, hashAt, count, broken };
    await pause();
  }
}

/** Checks the checkpoints against each other and against the walked chain. */
function judgeCheckpoints(input: VerifyIntegrityInput<ChainRow>, head: number, hashAt: ReadonlyMap<number, string>): Break | undefined {
  const inDatabase = new Map(input.databaseCheckpoints.map((c) => [c.seq, c]));
  const inFile = new Map(input.fileCheckpoints.map((c) => [c.seq, c]));
  const seqs = [...new Set([...inDatabase.keys(), ...inFile.keys()])].sort((a, b) => a - b);
  const lastFileSeq = Math.max(0, ...inFile.keys());
  const found: Break[] = [];
  let previous = 0;
  for (const seq of seqs) {
    const database = inDatabase.get(seq);
    const file = inFile.get(seq);
    for (const c of [database, file]) {
      if (c && !checkpointSigned(input.crypto, c)) found.push({ brokenAt: seq, kind: 'forged_checkpoint', reason: 'bad_signature' });
    }
    const checkpoint = file ?? database!;
    if (!file) found.push({ brokenAt: seq, kind: 'missing_checkpoint', reason: 'not_in_file' });
    // the file is written first: only its newest checkpoint may be missing from the database (a crash in between)
    if (!database && seq !== lastFileSeq) found.push({ brokenAt: seq, kind: 'missing_checkpoint', reason: 'not_in_database' });
    if (seq > head) found.push({ brokenAt: head + 1, kind: 'missing_tail', reason: 'truncated' });
    else if (hashAt.get(seq) !== checkpoint.headHash) found.push({ brokenAt: previous + 1, kind: 'altered_entry', reason: 'checkpoint_mismatch' });
    previous = seq;
  }
  if ((input.fileBadLines ?? []).length > 0) found.push({ brokenAt: lastFileSeq + 1, kind: 'forged_checkpoint', reason: 'unreadable_file' });
  return found.sort((a, b) => a.brokenAt - b.brokenAt)[0];
}

/** Verifies the whole chain and its checkpoints; the first broken link wins. */
export async function verifyIntegrity<R extends ChainRow>(input: VerifyIntegrityInput<R>): Promise<IntegrityReport> {
  const all = [...input.databaseCheckpoints, ...input.fileCheckpoints];
  const walked = await walk(input, new Set(all.map((c) => c.seq)));
  const checkpointBreak = judgeCheckpoints(input as unknown as VerifyIntegrityInput<ChainRow>, walked.head, walked.hashAt);
  const signedSeqs = all.map((c) => c.seq).filter((seq) => seq <= walked.head);
  const summary = {
    count: walked.count,
    checkpoints: new Set(all.map((c) => c.seq)).size,
    lastCheckpointSeq: signedSeqs.length > 0 ? Math.max(...signedSeqs) : null,
  };
  const first = [walked.broken, checkpointBreak].filter((b): b is Break => b !== undefined).sort((a, b) => a.brokenAt - b.brokenAt)[0];
  return first ? { ok: false, ...summary, ...first } : { ok: true, ...summary };
}
