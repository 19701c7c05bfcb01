/**
 * The checkpoint file: one JSON line per checkpoint, appended and fsynced, outside the database.
 * A torn last line (a crash mid-write) is ignored; any other unreadable line is reported.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Checkpoint } from './checkpoint';

const checkpointLine = z.object({
  seq: z.number().int().positive(),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  count: z.number().int().nonnegative(),
  at: z.string(),
  hashAlgorithm: z.string(),
  signatureAlgorithm: z.string(),
  keyId: z.string(),
  signature: z.string(),
});

/** Appends one checkpoint durably. */
export function appendCheckpointFile(path: string, checkpoint: Checkpoint): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(checkpoint)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface CheckpointFileContent {
  checkpoints: Checkpoint[];
  /** 1-based line numbers that are not checkpoints (a torn last line is not counted). */
  badLines: number[];
}

/** Reads every checkpoint of the file; a missing file has none. */
export function readCheckpointFile(path: string): CheckpointFileContent {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoints: [], badLines: [] };
    throw error;
  }
  const lines = text.split('\n');
  const torn = lines.length > 0 && !text.endsWith('\n') ? lines.length : -1;
  const checkpoints: Checkpoint[] = [];
  const badLines: number[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = undefined;
    }
    const result = checkpointLine.safeParse(parsed);
    if (result.success) checkpoints.push(result.data);
    else if (index + 1 !== torn) badLines.push(index + 1);
  });
  return { checkpoints, badLines };
}
