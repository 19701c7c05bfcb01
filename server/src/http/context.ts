import type { Role } from '@yilian/shared';
import type { Clock } from '@yilian/shared';
import type { Db } from '../db/client';
import type { Config } from '../config';
import type { Logger } from '../logger';

/** What every route module receives: the database, the clock, configuration and the logger. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  /** Set once migrations and seeding are done; health answers 503 until then. */
  ready: { value: boolean; migrations: number };
}

export interface RoleGrant {
  role: Role;
  departmentId: string | null;
}

/** The authenticated user of a request. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  tenantId: string;
  kind: 'staff' | 'citizen' | 'company';
  roles: RoleGrant[];
}

export interface AuthState {
  user: AuthUser;
  tokenHash: string;
  /** The tenant the user is acting in (tenant switcher); always one the user may see. */
  tenantId: string;
}

/** Hono environment: per-request variables. */
export interface AppEnv {
  Variables: {
    auth: AuthState | undefined;
    requestId: string;
  };
}
