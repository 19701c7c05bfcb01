import type { Clock } from '@yilian/shared';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import type { AuditAnchor } from './anchor';
import { checkpointIfDue } from './checkpoint-writer';

/** How often the timer looks whether the hourly checkpoint is due (cheap: two indexed reads). */
const CHECK_EVERY_MS = 5 * 60_000;

export interface CheckpointDeps {
  db: Database;
  audit: AuditAnchor;
  clock: Clock;
  logger: Logger;
}

/** Writes a due checkpoint; a failure is logged, never thrown (the audited write has committed). */
export async function checkpointQuietly(deps: CheckpointDeps): Promise<void> {
  try {
    await checkpointIfDue(deps.db, deps.audit, deps.clock.now());
  } catch (error) {
    deps.logger.error('audit checkpoint failed', { error: error instanceof Error ? error.message : String(error) });
  }
}

/** Checks every few minutes so that a checkpoint is written at least hourly while entries come. */
export function startCheckpointTimer(deps: CheckpointDeps): { stop(): void } {
  const timer = setInterval(() => void checkpointQuietly(deps), CHECK_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
