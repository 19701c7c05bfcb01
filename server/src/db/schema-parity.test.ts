import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import * as s from 'drizzle-orm/sqlite-core';
import * as p from 'drizzle-orm/pg-core';
import * as sqliteSchema from './schema';
import * as pgSchema from './schema-pg';
import { describePgSchema, describeSqliteSchema, diffSchemas } from './schema-parity';

describe('PostgreSQL schema parity with the SQLite schema (the source)', () => {
  it('has every table, column, key, index, foreign key and check of the SQLite schema, and nothing else', () => {
    const sqlite = describeSqliteSchema(sqliteSchema);
    const pg = describePgSchema(pgSchema);
    expect(Object.keys(sqlite).length).toBeGreaterThanOrEqual(17);
    expect(Object.keys(pg).sort()).toEqual(Object.keys(sqlite).sort());
    expect(diffSchemas(sqlite, pg)).toEqual([]);
  });

  it('describes json documents, enums, defaults and generated keys by kind', () => {
    const pg = describePgSchema(pgSchema);
    expect(pg.matter_versions?.columns.content).toMatchObject({ kind: 'json', notNull: true });
    expect(pg.users?.columns.status).toMatchObject({ kind: 'text', default: '"active"', enumValues: ['active', 'disabled'] });
    expect(pg.user_roles?.columns.id).toMatchObject({ kind: 'integer', generated: true });
    expect(pg.audit_log?.columns.seq).toMatchObject({ kind: 'integer', generated: false });
    expect(pg.chain_documents?.primaryKey).toEqual(['chain_id', 'kind']);
  });
});

describe('diffSchemas', () => {
  const sqliteParent = s.sqliteTable('parent', { id: s.text('id').primaryKey() });
  const pgParent = p.pgTable('parent', { id: p.text('id').primaryKey() });
  const sqliteChild = s.sqliteTable(
    'child',
    {
      id: s.integer('id').primaryKey({ autoIncrement: true }),
      parentId: s.text('parent_id').notNull().references(() => sqliteParent.id, { onDelete: 'cascade' }),
      name: s.text('name').notNull(),
      doc: s.text('doc', { mode: 'json' }),
    },
    (t) => [s.uniqueIndex('child_parent_name').on(t.parentId, t.name), s.check('child_name', sql`${t.name} <> ''`)],
  );
  const pgChildColumns = () => ({
    id: p.integer('id').primaryKey().generatedByDefaultAsIdentity(),
    parentId: p.text('parent_id').notNull().references(() => pgParent.id, { onDelete: 'cascade' }),
    name: p.text('name').notNull(),
    doc: p.json('doc'),
  });
  const pgChildExtras = (t: { parentId: p.AnyPgColumn; name: p.AnyPgColumn }) => [p.uniqueIndex('child_parent_name').on(t.parentId, t.name), p.check('child_name', sql`${t.name} <> ''`)];
  const pgChild = p.pgTable('child', pgChildColumns(), pgChildExtras);
  const sqliteSide = describeSqliteSchema({ sqliteParent, sqliteChild });

  it('finds no difference between equal fixtures', () => {
    expect(diffSchemas(sqliteSide, describePgSchema({ pgParent, pgChild }))).toEqual([]);
  });

  it('reports a column added to one side only', () => {
    const altered = p.pgTable('child', { ...pgChildColumns(), extra: p.text('extra') }, pgChildExtras);
    const diff = diffSchemas(sqliteSide, describePgSchema({ pgParent, altered }));
    expect(diff).toContain('child: column "extra" only in postgres');
  });

  it('reports a table, nullability, kind, index, foreign key and check that differ', () => {
    const lone = p.pgTable(
      'child',
      {
        id: p.integer('id').primaryKey(),
        parentId: p.text('parent_id').notNull(),
        name: p.text('name'),
        doc: p.jsonb('doc'),
      },
      (t) => [p.index('child_parent_name').on(t.parentId, t.name)],
    );
    const diff = diffSchemas(sqliteSide, describePgSchema({ lone }));
    expect(diff).toEqual(
      expect.arrayContaining([
        'table "parent" only in sqlite',
        'child: column "id" generated: sqlite true, postgres false',
        'child: column "name" notNull: sqlite true, postgres false',
        'child: column "doc" kind: sqlite "json", postgres "unmapped PgJsonb"',
        'child: index "child_parent_name": sqlite unique (parent_id, name), postgres (parent_id, name)',
        'child: foreign key (parent_id) -> parent(id) on delete cascade on update no action only in sqlite',
        'child: check "child_name" only in sqlite',
      ]),
    );
  });
});
