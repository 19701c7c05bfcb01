/**
 * Retrying a transaction that lost a race it could not see coming: PostgreSQL aborts one side of a
 * serialization conflict (SQLSTATE 40001) or a deadlock (40P01); running it again is the fix.
 * The PostgreSQL `withTx` (../db/postgres-database.ts) wraps each whole transaction in `withSerializationRetry`.
 */
export const RETRYABLE_SQLSTATES: ReadonlySet<string> = new Set(['40001', '40P01']);

/** The SQLSTATE of a driver error, looking through wrappers' `cause` (drizzle wraps query errors). */
export function sqlStateOf(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** Whether running the transaction again may succeed. */
export const isRetryable = (err: unknown): boolean => RETRYABLE_SQLSTATES.has(sqlStateOf(err) ?? '');

/** Runs `attempt`, running it again (up to `retries` more times) while it fails with a retryable error. */
export async function withSerializationRetry<T>(attempt: () => Promise<T>, retries = 3): Promise<T> {
  for (let tried = 0; ; tried += 1) {
    try {
      return await attempt();
    } catch (err) {
      if (tried >= retries || !isRetryable(err)) throw err;
    }
  }
}
