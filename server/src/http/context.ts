import type { Clock } from '@yilian/shared';
import type { Database } from '../db/database';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { AuthState } from '../auth/types';
import type { FileStore } from '../files/file-store';
import type { AuditAnchor } from '../audit/anchor';

export type { AuthState, AuthUser, RoleGrant } from '../auth/types';

/** What every route module receives: the database, the clock, configuration and the logger. */
export interface AppDeps {
  db: Database;
  clock: Clock;
  config: Config;
  logger: Logger;
  /** Where uploaded files' bytes live (YILIAN_FILES). */
  files: FileStore;
  /** The audit log's signing key and checkpoint file (YILIAN_AUDIT_KEY, YILIAN_AUDIT_CHECKPOINTS). */
  audit: AuditAnchor;
  /** Set once migrations and seeding are done; health answers 503 until then. */
  ready: { value: boolean; migrations: number };
}

/** Hono environment: per-request variables. */
export interface AppEnv {
  Variables: {
    auth: AuthState | undefined;
    requestId: string;
  };
}
