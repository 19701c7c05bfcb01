import { describe, expect, it } from 'vitest';
import { databaseRefusal } from './database-refusal';
import { DomainError } from './domain-error';

const pgError = (code: string): Error => Object.assign(new Error('pg'), { code });

describe('databaseRefusal', () => {
  it('answers a pool wait timeout (wrapped by drizzle) as unavailable with Retry-After', () => {
    const err = new Error('Failed query', { cause: new Error('timeout exceeded when trying to connect') });
    expect(databaseRefusal(err)).toMatchObject({ kind: 'unavailable', code: 'db_unavailable', retryAfterSeconds: 1 });
    expect(databaseRefusal(pgError('57P03'))).toMatchObject({ kind: 'unavailable' });
  });

  it('answers text PostgreSQL cannot store (NUL) as invalid input', () => {
    expect(databaseRefusal(new Error('Failed query', { cause: pgError('22021') }))).toMatchObject({ kind: 'invalid', code: 'unstorable_text' });
  });

  it('leaves other errors and domain errors alone', () => {
    expect(databaseRefusal(new Error('boom'))).toBeUndefined();
    expect(databaseRefusal(pgError('23505'))).toBeUndefined();
    expect(databaseRefusal(new DomainError('conflict', 'x', 'x'))).toBeUndefined();
  });
});
