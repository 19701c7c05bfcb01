import { describe, expect, it } from 'vitest';
import { describeDatabaseUrl, isPostgresUrl, parseDatabaseTarget } from './database-url';
import { poolSizeFromEnv } from './pool';

describe('YILIAN_DB', () => {
  it('selects SQLite for a file path (the default) and PostgreSQL for postgres:// and postgresql:// URLs', () => {
    expect(parseDatabaseTarget('./data/yilian.db')).toEqual({ dialect: 'sqlite', path: './data/yilian.db' });
    expect(parseDatabaseTarget(':memory:')).toEqual({ dialect: 'sqlite', path: ':memory:' });
    expect(isPostgresUrl('postgresql://a@h/d')).toBe(true);
    expect(parseDatabaseTarget('postgres://yilian:s3cret@db.example:6543/yilian')).toEqual({
      dialect: 'postgres', host: 'db.example', port: 6543, database: 'yilian', user: 'yilian', password: 's3cret', sslMode: 'disable', ssl: false,
    });
    expect(parseDatabaseTarget('postgresql://app@127.0.0.1/prod')).toMatchObject({ dialect: 'postgres', port: 5432, user: 'app', password: undefined });
  });

  it('decodes percent-encoded user, password and database names', () => {
    expect(parseDatabaseTarget('postgres://us%40er:p%2Fa%3Ass@h:5/d%20b')).toMatchObject({ user: 'us@er', password: 'p/a:ss', database: 'd b' });
  });

  it('honours ?sslmode=', () => {
    const ssl = (mode: string) => parseDatabaseTarget(`postgres://u:p@h/d?sslmode=${mode}`);
    expect(ssl('disable')).toMatchObject({ sslMode: 'disable', ssl: false });
    expect(ssl('require')).toMatchObject({ sslMode: 'require', ssl: { rejectUnauthorized: false } });
    expect(ssl('verify-full')).toMatchObject({ sslMode: 'verify-full', ssl: { rejectUnauthorized: true } });
    const verifyCa = ssl('verify-ca');
    expect(verifyCa).toMatchObject({ sslMode: 'verify-ca', ssl: { rejectUnauthorized: true } });
    expect(verifyCa.dialect === 'postgres' && verifyCa.ssl && verifyCa.ssl.checkServerIdentity?.()).toBeUndefined();
  });

  it('refuses a malformed URL naming YILIAN_DB and the problem, never the password', () => {
    const bad = [
      ['postgres://u:topsecret@h/d?sslmode=sometimes', /sslmode=sometimes/],
      ['postgres://u:topsecret@h/', /database name is missing/],
      ['postgres://:topsecret@h/d', /user is missing/],
      ['postgres://u:topsecret@h/d?timeout=3', /\?timeout=/],
      ['postgres://u:top/secret@h/d', /YILIAN_DB/],
    ] as const;
    for (const [url, message] of bad) {
      let error: unknown;
      try {
        parseDatabaseTarget(url);
      } catch (err) {
        error = err;
      }
      expect(error, url).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/^Invalid environment variable YILIAN_DB/);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toMatch(/secret/);
    }
  });

  it('describes a URL for banners and logs without its password', () => {
    expect(describeDatabaseUrl('postgres://yilian:s3cret@db:5432/yilian?sslmode=require')).toBe('postgres://yilian:***@db:5432/yilian?sslmode=require');
    expect(describeDatabaseUrl('postgresql://yilian@db/yilian')).toBe('postgresql://yilian@db/yilian');
    expect(describeDatabaseUrl('postgres://u:p@ss/w:rd@h/d')).toBe('postgres://u:***@h/d');
    expect(describeDatabaseUrl('./data/yilian.db')).toBe('./data/yilian.db');
  });
});

describe('YILIAN_DB_POOL', () => {
  it('defaults to 10 connections and refuses a non-positive or non-integer size naming the variable', () => {
    expect(poolSizeFromEnv({})).toBe(10);
    expect(poolSizeFromEnv({ YILIAN_DB_POOL: '25' })).toBe(25);
    expect(() => poolSizeFromEnv({ YILIAN_DB_POOL: '0' })).toThrow(/YILIAN_DB_POOL/);
    expect(() => poolSizeFromEnv({ YILIAN_DB_POOL: 'many' })).toThrow(/YILIAN_DB_POOL/);
  });
});
