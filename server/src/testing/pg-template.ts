import type { Database } from '../db/database';
import { openPostgresDatabase } from '../db/postgres-database';
import { parseDatabaseTarget, type PgConnectionSettings } from '../db/postgres/database-url';
import { createTestDatabase, testPostgres } from './postgres';

/** The connection settings of database `database` on the server of `url`. */
export function pgSettings(url: string, database: string): PgConnectionSettings {
  const target = parseDatabaseTarget(url);
  if (target.dialect !== 'postgres') throw new Error('YILIAN_TEST_PG is not a postgres:// URL');
  return { ...target, database };
}

/** Creates a C-collated database and prepares it with `prepare` (migrate + seed): a template to copy. */
export async function buildPgTemplate(prepare: (db: Database) => Promise<number>): Promise<{ name: string; migrations: number; drop(): Promise<void> }> {
  const { url } = await testPostgres();
  const template = await createTestDatabase(url);
  const builder = openPostgresDatabase(pgSettings(url, template.name), { size: 2 });
  try {
    return { name: template.name, migrations: await prepare(builder), drop: template.drop };
  } finally {
    await builder.close();
  }
}

