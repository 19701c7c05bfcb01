import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { loadConfig } from '../config';
import { boot } from '../boot';
import { createLogger } from '../logger';
import { runCatalogImport } from '../catalog/import-request';
import { exportCatalog } from '../catalog/export-catalog';
import { DomainError } from '../errors';
import { ADMIN_USAGE, runAdminCommand } from './admin-command';
import { describeDatabase } from '../db/open-database';
import { isPostgresUrl } from '../db/postgres/database-url';

const USAGE = `Usage: pnpm yilian <command>
  import <file.json>         import a yilian.catalog/v1 file into the city catalog (all-or-nothing)
  export [--chain CODE]      print the catalog (or one chain's matters) as yilian.catalog/v1 JSON
${ADMIN_USAGE}
  migrate                    apply the database migrations and seed (a deploy step before starting nodes)
Environment: YILIAN_DB (a SQLite file, default ./data/yilian.db, or postgres://user[:password]@host:port/database), YILIAN_AUDIT_KEY, YILIAN_AUDIT_CHECKPOINTS, YILIAN_NOW; admin create boots with YILIAN_DEMO=off unless set.`;

/** Paths are relative to where the user ran the command (pnpm runs scripts inside the package). */
const userPath = (p: string): string => (isAbsolute(p) ? p : resolve(process.env.INIT_CWD ?? process.cwd(), p));

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (command !== 'import' && command !== 'export' && command !== 'admin' && command !== 'migrate') {
    process.stderr.write(`Unknown command: ${command}\n${USAGE}\n`);
    return 2;
  }
  const demo = command === 'admin' ? { YILIAN_DEMO: process.env.YILIAN_DEMO ?? 'off' } : {}; // creating a real admin never seeds demo accounts
  const target = process.env.YILIAN_DB ?? './data/yilian.db';
  // The same rule as the server: a postgres:// URL selects PostgreSQL, anything else is a SQLite file.
  const config = loadConfig({
    ...process.env,
    ...demo,
    YILIAN_DB: isPostgresUrl(target) ? target : userPath(target),
    YILIAN_AUDIT_KEY: userPath(process.env.YILIAN_AUDIT_KEY ?? './data/audit-signing.pem'),
    YILIAN_AUDIT_CHECKPOINTS: userPath(process.env.YILIAN_AUDIT_CHECKPOINTS ?? './data/audit-checkpoints.jsonl'),
    ...(command === 'migrate' ? { YILIAN_MIGRATE: 'on' } : {}),
  });
  const deps = await boot(config, { logger: createLogger({ silent: true }) });
  try {
    if (command === 'migrate') {
      process.stdout.write(`${describeDatabase(config.dbPath)}: ${deps.ready.migrations} migrations applied; seeded ${JSON.stringify(deps.seed)}\n`);
      return 0;
    }
    if (command === 'admin') return await runAdminCommand({ db: deps.db, now: deps.clock.now(), scryptCost: config.scryptCost }, rest, process);
    if (command === 'import') {
      const file = rest[0];
      if (!file) throw new Error('import needs a file');
      const json: unknown = JSON.parse(readFileSync(userPath(file), 'utf8'));
      const report = await runCatalogImport(deps.db, json, undefined, deps.clock.now());
      process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      return 0;
    }
    const i = rest.indexOf('--chain');
    const chain = i >= 0 ? rest[i + 1] : undefined;
    const doc = await exportCatalog(deps.db.read, chain);
    if (!doc) throw new Error(`unknown chain ${chain}`);
    process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
    return 0;
  } catch (err) {
    if (err instanceof DomainError) {
      process.stderr.write(`${err.message}\n`);
      for (const d of err.details ?? []) process.stderr.write(`  ${d.path}: ${d.message}\n`);
    } else {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    }
    return 1;
  } finally {
    await deps.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
