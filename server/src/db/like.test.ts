import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { containsText, escapeLike } from './like';

describe('containsText', () => {
  it('escapes the LIKE wildcards and the escape character itself', () => {
    expect(escapeLike('50%')).toBe('50\\%');
    expect(escapeLike('a_b')).toBe('a\\_b');
    expect(escapeLike('c\\d')).toBe('c\\\\d');
  });

  it('matches %, _ and \\ literally in SQLite', () => {
    // given rows that a wildcard would also match
    const db = drizzle(new Database(':memory:'));
    db.run(sql`CREATE TABLE t (v TEXT)`);
    for (const v of ['50%', '500', 'a_b', 'axb', 'c\\d', 'cd']) db.run(sql`INSERT INTO t (v) VALUES (${v})`);
    const find = (text: string) => db.all<{ v: string }>(sql`SELECT v FROM t WHERE ${containsText(sql.raw('v'), text)} ORDER BY v`).map((r) => r.v);
    // when / then
    expect(find('50%')).toEqual(['50%']);
    expect(find('a_b')).toEqual(['a_b']);
    expect(find('\\')).toEqual(['c\\d']);
    expect(find('b')).toEqual(['a_b', 'axb']);
    expect(find('A_B')).toEqual(['a_b']); // ASCII case folds, as on PostgreSQL
  });
});
