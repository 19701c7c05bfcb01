import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDrizzleJson, generateMigration, generateSQLiteDrizzleJson, generateSQLiteMigration } from 'drizzle-kit/api';
import * as sqliteSchema from './schema';
import * as pgSchema from './schema-pg';
import { serverRoot } from '../paths';

/** The newest drizzle-kit snapshot of a migration folder. */
function lastSnapshot(folder: string): Record<string, unknown> {
  const meta = join(serverRoot(), folder, 'meta');
  const journal = JSON.parse(readFileSync(join(meta, '_journal.json'), 'utf8')) as { entries: { idx: number }[] };
  const last = journal.entries.at(-1)?.idx ?? 0;
  return JSON.parse(readFileSync(join(meta, `${String(last).padStart(4, '0')}_snapshot.json`), 'utf8')) as Record<string, unknown>;
}

// A schema change without its generated migration would leave one dialect's database behind.
describe('committed migrations', () => {
  it('cover the whole PostgreSQL schema (drizzle-kit generate --config drizzle-pg.config.ts has nothing to add)', async () => {
    const prev = lastSnapshot('drizzle-pg');
    const statements = await generateMigration(prev as never, generateDrizzleJson(pgSchema, prev.id as string));
    expect(statements).toEqual([]);
  });

  it('cover the whole SQLite schema (drizzle-kit generate has nothing to add)', async () => {
    const prev = lastSnapshot('drizzle');
    const statements = await generateSQLiteMigration(prev as never, await generateSQLiteDrizzleJson(sqliteSchema, prev.id as string));
    expect(statements).toEqual([]);
  });
});
