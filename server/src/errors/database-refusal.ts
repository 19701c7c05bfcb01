/**
 * Database errors that are not the server's fault: PostgreSQL cannot serve now (a request waited over
 * 5 s for a pooled connection, the server is unreachable or restarting) → 503 with `Retry-After`; text
 * PostgreSQL cannot store (a NUL character) → 400. SQLite raises neither.
 */
import { DomainError } from './domain-error';
import { isPgUnavailable, RETRY_AFTER_SECONDS, sqlState } from '../db/postgres/unavailable';

/** character_not_in_repertoire (a NUL byte in text), untranslatable_character. */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

export function databaseRefusal(err: unknown): DomainError | undefined {
  if (err instanceof DomainError) return undefined;
  if (isPgUnavailable(err)) {
    return new DomainError('unavailable', 'db_unavailable', '服务繁忙，请稍后重试', { retryAfterSeconds: RETRY_AFTER_SECONDS });
  }
  if (UNSTORABLE_TEXT.has(sqlState(err) ?? '')) return new DomainError('invalid', 'unstorable_text', '文本包含无法保存的字符 (NUL)');
  return undefined;
}
