import type { Database } from '../db/database';
import { boot } from '../boot';
import { createLogger } from '../logger';
import { testConfig } from './test-config';

/** Migrates and seeds a test database as every API test expects it; returns the migration count. */
export async function seedTestDatabase(database: Database): Promise<number> {
  const deps = await boot(testConfig(), { database, logger: createLogger({ silent: true }), checkpointTimer: false });
  return deps.ready.migrations;
}
