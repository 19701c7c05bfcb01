/**
 * The dialect-neutral shape of a drizzle schema (tables, columns, keys, indexes, checks), so the
 * PostgreSQL schema (schema-pg/) can be checked against the SQLite one (schema/, the source) — drizzle
 * has no dialect-neutral schema. Column types are compared by kind (text, integer, json), not by name.
 */
import { is, type Column } from 'drizzle-orm';
import { SQLiteTable, getTableConfig as sqliteTableConfig } from 'drizzle-orm/sqlite-core';
import { PgTable, getTableConfig as pgTableConfig } from 'drizzle-orm/pg-core';

export interface ColumnShape {
  kind: string;
  notNull: boolean;
  /** Filled by the database when not given (SQLite AUTOINCREMENT, PostgreSQL identity). */
  generated: boolean;
  default: string | undefined;
  enumValues: string[] | undefined;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  /** The primary key's columns (a column's own `.primaryKey()` or a composite key). */
  primaryKey: string[];
  /** Indexes and unique constraints by name: `unique? (col, col)`. */
  indexes: Record<string, string>;
  /** `(cols) -> table(cols) on delete X on update Y`, sorted. */
  foreignKeys: string[];
  checks: string[];
}

export type SchemaShape = Record<string, TableShape>;

const KINDS: Record<string, string> = {
  SQLiteText: 'text',
  SQLiteTextJson: 'json',
  SQLiteInteger: 'integer',
  PgText: 'text',
  PgJson: 'json',
  PgInteger: 'integer',
  PgBigInt53: 'integer',
};

function columnShape(c: Column): ColumnShape {
  const autoIncrement = 'autoIncrement' in c && c.autoIncrement === true;
  return {
    kind: KINDS[c.columnType] ?? `unmapped ${c.columnType}`,
    notNull: c.notNull,
    generated: autoIncrement || c.generatedIdentity !== undefined,
    default: c.default === undefined ? undefined : JSON.stringify(c.default),
    enumValues: c.enumValues ? [...c.enumValues] : undefined,
  };
}

interface AnyTableConfig {
  name: string;
  columns: Column[];
  indexes: { config: { name?: string; unique: boolean; columns: unknown[] } }[];
  foreignKeys: { onDelete?: string | undefined; onUpdate?: string | undefined; reference(): { columns: Column[]; foreignColumns: Column[]; foreignTable: unknown } }[];
  checks: { name: string }[];
  primaryKeys: { columns: Column[] }[];
  uniqueConstraints: { name?: string | undefined; columns: Column[] }[];
}

const colName = (c: unknown): string => (c && typeof c === 'object' && 'name' in c && typeof c.name === 'string' ? c.name : 'sql');
const list = (cols: unknown[]): string => `(${cols.map(colName).join(', ')})`;

function tableShape(cfg: AnyTableConfig, tableName: (t: unknown) => string): TableShape {
  const columns: Record<string, ColumnShape> = {};
  for (const c of cfg.columns) columns[c.name] = columnShape(c);
  const own = cfg.columns.filter((c) => c.primary).map((c) => c.name);
  const primaryKey = own.length > 0 ? own : (cfg.primaryKeys[0]?.columns.map((c) => c.name) ?? []);
  const indexes: Record<string, string> = {};
  for (const i of cfg.indexes) indexes[i.config.name ?? '(unnamed)'] = `${i.config.unique ? 'unique ' : ''}${list(i.config.columns)}`;
  for (const u of cfg.uniqueConstraints) indexes[u.name ?? '(unnamed)'] = `unique ${list(u.columns)}`;
  for (const c of cfg.columns) if (c.isUnique) indexes[c.uniqueName ?? `${c.name} unique`] = `unique (${c.name})`;
  const foreignKeys = cfg.foreignKeys
    .map((fk) => {
      const r = fk.reference();
      return `${list(r.columns)} -> ${tableName(r.foreignTable)}${list(r.foreignColumns)} on delete ${fk.onDelete ?? 'no action'} on update ${fk.onUpdate ?? 'no action'}`;
    })
    .sort();
  return { columns, primaryKey, indexes, foreignKeys, checks: cfg.checks.map((c) => c.name).sort() };
}

/** The shape of every SQLite table exported by a schema module. */
export function describeSqliteSchema(schema: Record<string, unknown>): SchemaShape {
  const out: SchemaShape = {};
  const name = (t: unknown): string => (is(t, SQLiteTable) ? sqliteTableConfig(t).name : '?');
  for (const value of Object.values(schema)) {
    if (!is(value, SQLiteTable)) continue;
    const cfg = sqliteTableConfig(value) as unknown as AnyTableConfig;
    out[cfg.name] = tableShape(cfg, name);
  }
  return out;
}

/** The shape of every PostgreSQL table exported by a schema module. */
export function describePgSchema(schema: Record<string, unknown>): SchemaShape {
  const out: SchemaShape = {};
  const name = (t: unknown): string => (is(t, PgTable) ? pgTableConfig(t).name : '?');
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const cfg = pgTableConfig(value) as unknown as AnyTableConfig;
    out[cfg.name] = tableShape(cfg, name);
  }
  return out;
}

const show = (v: unknown): string => (v === undefined ? 'none' : JSON.stringify(v));

function diffRecord<T>(where: string, what: string, a: Record<string, T>, b: Record<string, T>, labels: [string, string], each: (key: string, x: T, y: T) => string[]): string[] {
  const out: string[] = [];
  for (const key of Object.keys(a)) if (!(key in b)) out.push(`${where}${what} "${key}" only in ${labels[0]}`);
  for (const key of Object.keys(b)) if (!(key in a)) out.push(`${where}${what} "${key}" only in ${labels[1]}`);
  for (const key of Object.keys(a)) if (key in b) out.push(...each(key, a[key] as T, b[key] as T));
  return out;
}

/** Every difference between two schema shapes, one readable line each; empty when they agree. */
export function diffSchemas(a: SchemaShape, b: SchemaShape, labels: [string, string] = ['sqlite', 'postgres']): string[] {
  return diffRecord('', 'table', a, b, labels, (table, x, y) => {
    const at = `${table}: `;
    const out = diffRecord(at, 'column', x.columns, y.columns, labels, (col, p, q) =>
      (Object.keys(p) as (keyof ColumnShape)[])
        .filter((k) => show(p[k]) !== show(q[k]))
        .map((k) => `${at}column "${col}" ${k}: ${labels[0]} ${show(p[k])}, ${labels[1]} ${show(q[k])}`),
    );
    if (show(x.primaryKey) !== show(y.primaryKey)) out.push(`${at}primary key: ${labels[0]} ${show(x.primaryKey)}, ${labels[1]} ${show(y.primaryKey)}`);
    out.push(...diffRecord(at, 'index', x.indexes, y.indexes, labels, (name, p, q) => (p === q ? [] : [`${at}index "${name}": ${labels[0]} ${p}, ${labels[1]} ${q}`])));
    for (const fk of x.foreignKeys) if (!y.foreignKeys.includes(fk)) out.push(`${at}foreign key ${fk} only in ${labels[0]}`);
    for (const fk of y.foreignKeys) if (!x.foreignKeys.includes(fk)) out.push(`${at}foreign key ${fk} only in ${labels[1]}`);
    for (const c of x.checks) if (!y.checks.includes(c)) out.push(`${at}check "${c}" only in ${labels[0]}`);
    for (const c of y.checks) if (!x.checks.includes(c)) out.push(`${at}check "${c}" only in ${labels[1]}`);
    return out;
  });
}
