import type { PgTransactionConfig } from 'drizzle-orm/pg-core';
import { sqlState } from './unavailable';

/** serialization_failure and deadlock_detected: the transaction did nothing and may simply run again. */
export const RETRYABLE_SQLSTATES: ReadonlySet<string> = new Set(['40001', '40P01']);

export const isRetryableTxError = (err: unknown): boolean => RETRYABLE_SQLSTATES.has(sqlState(err) ?? '');

export interface PgTxOptions {
  /** Runs again after a serialization failure or deadlock at most this many times (default 3). */
  retries?: number;
  /** Default `serializable`, as SQLite's single writer behaves. */
  isolationLevel?: PgTransactionConfig['isolationLevel'];
  /** Pause before retry `attempt` (1-based), in ms; default a few ms of jitter. Tests pass `() => 0`. */
  backoffMs?: (attempt: number) => number;
  /** Told about each retry (e.g. to log it). */
  onRetry?: (attempt: number, err: unknown) => void;
}

/** Anything with drizzle's PostgreSQL `transaction(fn, config)`: a NodePgDatabase. */
export interface PgTxRunner<Tx> {
  transaction<R>(fn: (tx: Tx) => Promise<R>, config?: PgTransactionConfig): Promise<R>;
}

const defaultBackoff = (attempt: number): number => Math.floor(Math.random() * 5 * attempt);

/**
 * Runs `fn` in one transaction (committed when it resolves, rolled back when it throws). A
 * serialization failure (40001) or deadlock (40P01) rolls back and runs `fn` again, up to `retries`
 * times; then, like any other error, it is thrown to the caller.
 */
export async function withPgTx<Tx, T>(db: PgTxRunner<Tx>, fn: (tx: Tx) => Promise<T>, options: PgTxOptions = {}): Promise<T> {
  const retries = options.retries ?? 3;
  const config: PgTransactionConfig = { isolationLevel: options.isolationLevel ?? 'serializable' };
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.transaction(fn, config);
    } catch (err) {
      if (attempt >= retries || !isRetryableTxError(err)) throw err;
      options.onRetry?.(attempt + 1, err);
      const pause = (options.backoffMs ?? defaultBackoff)(attempt + 1);
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
