import { fixedClock, systemClock, type Clock } from '@yilian/shared';
import { openSqliteDatabase } from './db/sqlite-database';
import type { Database } from './db/database';
import { seedDatabase, type SeedReport } from './seed/seed';
import { createLogger, type Logger } from './logger';
import type { Config } from './config';
import type { AppDeps } from './http/context';
import { directoryFileStore, type FileStore } from './files/file-store';
import { openAuditAnchor } from './audit/anchor';
import { startCheckpointTimer } from './audit/checkpoint-timer';

/** The clock the configuration asks for: fixed by YILIAN_NOW, else the system clock. */
export const clockFor = (config: Config): Clock => (config.now ? fixedClock(config.now) : systemClock);

/** Opens, migrates and seeds the database; returns everything the app needs. */
export async function boot(
  config: Config,
  opts: { logger?: Logger; database?: Database; files?: FileStore } = {},
): Promise<AppDeps & { seed: SeedReport; close(): Promise<void> }> {
  const clock = clockFor(config);
  const logger = opts.logger ?? createLogger({ silent: config.quiet, now: () => clock.now() });
  const db = opts.database ?? openSqliteDatabase(config.dbPath);
  const migrations = await db.migrate();
  const seed = await seedDatabase(db, { now: clock.now(), demoPassword: config.demoPassword, scryptCost: config.scryptCost });
  const audit = await openAuditAnchor(db.read, config.audit);
  const timer = startCheckpointTimer({ db, audit, clock, logger });
  const close = async () => {
    timer.stop();
    await db.close();
  };
  return { db, clock, config, logger, files: opts.files ?? directoryFileStore(config.filesDir), audit, ready: { value: true, migrations }, seed, close };
}
