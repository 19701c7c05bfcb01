/**
 * The database API tests run on: SQLite in memory (default), or — `YILIAN_TEST_DIALECT=postgres`, as the
 * second pass of `npm test` — a PostgreSQL database of its own per test app, copied from a template
 * migrated and seeded once per test file (`CREATE DATABASE … TEMPLATE`). The PostgreSQL copy is made
 * lazily on the app's first query, so creating a test app stays synchronous on both dialects.
 */
import { afterAll, inject } from 'vitest';
import type { Database } from '../db/database';
import { openSqliteDatabase } from '../db/sqlite-database';
import { openPostgresDatabase } from '../db/postgres-database';
import { createTestDatabase, testDatabaseName, testPostgres } from './postgres';
import { buildPgTemplate, pgSettings } from './pg-template';

export type TestDialect = 'sqlite' | 'postgres';

/** Which dialect this run's API tests use. */
export const TEST_DIALECT: TestDialect = process.env.YILIAN_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

/** A migrated, seeded database this file's tests copy. */
export interface TestTemplate {
  /** Opens a fresh copy. */
  open(): Database;
  migrations: number;
}

/** Databases opened by this file's tests: closed (and dropped) when the file ends. */
const opened: Database[] = [];
afterAll(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close().catch(() => undefined)));
});

async function pgTemplate(prepare: (db: Database) => Promise<number>): Promise<TestTemplate> {
  const { url } = await testPostgres();
  // Built once per run by ./global-setup.ts; else (a file run outside that setup) once per file.
  let template = inject('pgTemplate');
  if (!template) {
    const built = await buildPgTemplate(prepare);
    afterAll(() => built.drop());
    template = built;
  }
  const { name: templateName, migrations } = template;
  return {
    migrations,
    open: () => {
      const name = testDatabaseName();
      let drop: (() => Promise<void>) | undefined;
      const db = openPostgresDatabase(pgSettings(url, name), {
        size: 4,
        idleTimeoutMs: 1000,
        prepare: async () => {
          drop = (await createTestDatabase(url, { template: templateName, name })).drop;
        },
        afterClose: async () => drop?.(),
      });
      opened.push(db);
      return db;
    },
  };
}

async function sqliteTemplate(prepare: (db: Database) => Promise<number>): Promise<TestTemplate> {
  const builder = openSqliteDatabase(':memory:');
  const migrations = await prepare(builder);
  const image = builder.serialize();
  await builder.close();
  return { migrations, open: () => openSqliteDatabase(image) };
}

/** Builds this run's template with `prepare` (migrate + seed; returns the migration count). */
export const testTemplate = (prepare: (db: Database) => Promise<number>): Promise<TestTemplate> =>
  TEST_DIALECT === 'postgres' ? pgTemplate(prepare) : sqliteTemplate(prepare);
