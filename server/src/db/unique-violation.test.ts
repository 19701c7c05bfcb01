import { describe, expect, it } from 'vitest';
import { UniqueViolation, uniqueViolationOf } from './unique-violation';

describe('recognising a unique-key violation', () => {
  it('reads SQLite\'s and PostgreSQL\'s errors, through drizzle\'s wrapper', () => {
    const sqlite = Object.assign(new Error('UNIQUE constraint failed: departments.tenant_id, departments.code'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    const pg = Object.assign(new Error('duplicate key value violates unique constraint "users_username"'), {
      code: '23505', table: 'users', detail: 'Key (username)=(clerk.new) already exists.',
    });
    const wrapped = (cause: Error) => Object.assign(new Error('Failed query: insert …'), { cause });
    expect(uniqueViolationOf(wrapped(sqlite))).toMatchObject({ table: 'departments', columns: ['tenant_id', 'code'] });
    expect(uniqueViolationOf(wrapped(pg))).toMatchObject({ table: 'users', columns: ['username'] });
    expect(uniqueViolationOf(new UniqueViolation('chains', ['tenant_id', 'code']))).toBeInstanceOf(UniqueViolation);
  });

  it('ignores every other error', () => {
    expect(uniqueViolationOf(Object.assign(new Error('FOREIGN KEY constraint failed'), { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }))).toBeUndefined();
    expect(uniqueViolationOf(new Error('boom'))).toBeUndefined();
    expect(uniqueViolationOf('text')).toBeUndefined();
  });
});
