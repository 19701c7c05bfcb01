import { fixedClock, systemClock, type Clock } from '@yilian/shared';
import type { Database } from './db/database';
import { describeDatabase, notMigratedMessage, openDatabase } from './db/open-database';
import { seedDatabase, type SeedReport } from './seed/seed';
import { createLogger, type Logger } from './logger';
import type { Config } from './config';
import type { AppDeps } from './http/context';
import { directoryFileStore, type FileStore } from './files/file-store';
import { openAuditAnchor } from './audit/anchor';
import { startCheckpointTimer } from './audit/checkpoint-timer';

/** The clock the configuration asks for: fixed by YILIAN_NOW, else the system clock. */
export const clockFor = (config: Config): Clock => (config.now ? fixedClock(config.now) : systemClock);

const NOTHING_SEEDED: SeedReport = { tenants: 0, departments: 0, users: 0, holidayYears: 0, matters: 0, demoDisabled: 0 };

/**
 * Migrates and seeds under the database's deployment lock (on PostgreSQL an advisory lock, so nodes
 * started at once migrate once and seed once), or — `YILIAN_MIGRATE=off` — checks that nothing is
 * missing, creating nothing.
 */
export async function prepareDatabase(db: Database, config: Config, clock: Clock): Promise<{ migrations: number; seed: SeedReport }> {
  if (!config.migrate) {
    const { total, pending } = await db.migrationStatus();
    if (pending.length > 0) throw new Error(notMigratedMessage(describeDatabase(config.dbPath), pending));
    return { migrations: total, seed: NOTHING_SEEDED };
  }
  return db.exclusive(async () => {
    const migrations = await db.migrate();
    const seed = await seedDatabase(db, { now: clock.now(), demoPassword: config.demoPassword, scryptCost: config.scryptCost, demo: config.demo });
    return { migrations, seed };
  });
}

/** Opens (SQLite or PostgreSQL, from YILIAN_DB), migrates and seeds the database; returns everything the app needs. */
export async function boot(
  config: Config,
  opts: { logger?: Logger; database?: Database; files?: FileStore; /** false: no hourly checkpoint timer (test templates) */ checkpointTimer?: boolean } = {},
): Promise<AppDeps & { seed: SeedReport; close(): Promise<void> }> {
  const clock = clockFor(config);
  const logger = opts.logger ?? createLogger({ silent: config.quiet, now: () => clock.now() });
  const db =
    opts.database ??
    openDatabase(config.dbPath, {
      poolSize: config.dbPool,
      migrate: config.migrate,
      onIdleError: (err) => logger.error('idle database connection failed', { error: err.message }),
    });
  try {
    const { migrations, seed } = await prepareDatabase(db, config, clock);
    const audit = await openAuditAnchor(db.read, config.audit);
    const timer = opts.checkpointTimer === false ? { stop: () => undefined } : startCheckpointTimer({ db, audit, clock, logger });
    const close = async () => {
      timer.stop();
      await db.close();
    };
    return { db, clock, config, logger, files: opts.files ?? directoryFileStore(config.filesDir), audit, ready: { value: true, migrations }, seed, close };
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
}
