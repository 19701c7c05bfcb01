import { describe, expect, it } from 'vitest';
import { isRetryable, sqlStateOf, withSerializationRetry } from './retry';

/** An error as node-postgres reports one, wrapped the way drizzle wraps query errors. */
const pgError = (code: string) => Object.assign(new Error('Failed query: …'), { cause: Object.assign(new Error('could not serialize access'), { code }) });

describe('retrying serialization failures and deadlocks', () => {
  it('finds the SQLSTATE through the wrapper and retries only 40001 and 40P01', () => {
    expect(sqlStateOf(pgError('40001'))).toBe('40001');
    expect(isRetryable(pgError('40001'))).toBe(true);
    expect(isRetryable(pgError('40P01'))).toBe(true);
    expect(isRetryable(pgError('23505'))).toBe(false);
    expect(isRetryable(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }))).toBe(false);
  });

  it('runs the transaction again until it succeeds', async () => {
    let attempts = 0;
    const result = await withSerializationRetry(async () => {
      attempts += 1;
      if (attempts < 3) throw pgError(attempts === 1 ? '40001' : '40P01');
      return 'committed';
    });
    expect({ result, attempts }).toEqual({ result: 'committed', attempts: 3 });
  });

  it('gives up after 3 retries with the last error, and never retries other errors', async () => {
    let attempts = 0;
    await expect(withSerializationRetry(async () => {
      attempts += 1;
      throw pgError('40001');
    })).rejects.toMatchObject({ cause: { code: '40001' } });
    expect(attempts).toBe(4);
    let other = 0;
    await expect(withSerializationRetry(async () => {
      other += 1;
      throw pgError('23505');
    })).rejects.toMatchObject({ cause: { code: '23505' } });
    expect(other).toBe(1);
  });
});
