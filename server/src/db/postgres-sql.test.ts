import { describe, expect, it } from 'vitest';
import { toPostgresSql } from './postgres-sql';

describe('toPostgresSql: the SQLite dialect’s SQL as PostgreSQL takes it', () => {
  it('numbers placeholders, leaving question marks inside strings and identifiers alone', () => {
    expect(toPostgresSql(`select "a?" from "t" where "x" = ? and "y" like '%?%' and "z" in (?, ?)`)).toBe(
      `select "a?" from "t" where "x" = $1 and "y" like '%?%' and "z" in ($2, $3)`,
    );
    expect(toPostgresSql(`select 'it''s ?' , ?`)).toBe(`select 'it''s ?' , $1`);
  });

  it('lets a column given no value in an INSERT take its default (identity ids), only inside VALUES', () => {
    expect(toPostgresSql('insert into "s" ("id", "user_id", "note") values (null, ?, null), (null, ?, ?) returning "id"')).toBe(
      'insert into "s" ("id", "user_id", "note") values (default, $1, default), (default, $2, $3) returning "id"',
    );
    expect(toPostgresSql(`insert into "s" ("a") values ('null') on conflict do nothing`)).toBe(`insert into "s" ("a") values ('null') on conflict do nothing`);
    expect(toPostgresSql('update "s" set "a" = null where "b" = ?')).toBe('update "s" set "a" = null where "b" = $1');
  });

  it('names an upsert’s conflict target by bare column names', () => {
    expect(toPostgresSql('insert into "h" ("year", "data") values (?, ?) on conflict ("h"."year") do update set "data" = ?')).toBe(
      'insert into "h" ("year", "data") values ($1, $2) on conflict ("year") do update set "data" = $3',
    );
  });
});
