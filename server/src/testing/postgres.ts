import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { serverRoot } from '../paths';

/** The throwaway PostgreSQL of .ci/postgres.mjs, as seen from TypeScript. */
export interface ThrowawayPostgres {
  url: string;
  port: number;
  pid: number;
  dir: string;
  stop(): void;
}

interface Harness {
  startPostgres(opts?: { log?: (line: string) => void; install?: boolean; bin?: string }): Promise<ThrowawayPostgres>;
  isRunning(pid: number): boolean;
}

/** The harness module (.ci/postgres.mjs: Node built-ins only, shared with `npm test`). */
export const loadHarness = async (): Promise<Harness> => (await import(pathToFileURL(join(serverRoot(), '..', '.ci', 'postgres.mjs')).href)) as Harness;

/**
 * The PostgreSQL the tests run on: `npm test` starts one and passes its URL as YILIAN_TEST_PG; run
 * alone, the suite starts its own (and fails, saying why, when it cannot).
 */
export async function testPostgres(): Promise<{ url: string; stop(): void }> {
  const given = process.env.YILIAN_TEST_PG;
  if (given) return { url: given, stop: () => undefined };
  // npm test could not start PostgreSQL: fail with its reason rather than trying again.
  const failed = process.env.YILIAN_TEST_PG_ERROR;
  if (failed) throw new Error(failed);
  const harness = await loadHarness();
  const server = await harness.startPostgres({ log: () => undefined });
  return { url: server.url, stop: () => server.stop() };
}

/** A fresh name for a test database. */
export const testDatabaseName = (): string => `yilian_test_${randomBytes(6).toString('hex')}`;

/**
 * A new C-collated database (the role may create databases) — empty, or a copy of `template` (a
 * database built once, e.g. migrated and seeded, with no open connection) — and a way to drop it.
 * Tests never share a database.
 */
export async function createTestDatabase(
  url: string,
  options: { template?: string; name?: string } = {},
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = options.name ?? testDatabaseName();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(
      options.template
        ? `CREATE DATABASE "${name}" TEMPLATE "${options.template.replace(/"/g, '""')}" STRATEGY FILE_COPY`
        : `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' STRATEGY FILE_COPY`,
    );
  } finally {
    await admin.end();
  }
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    name,
    url: dbUrl.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
