import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import { ForbiddenKeyError } from '@yilian/shared';
import { DomainError, type DomainErrorKind, type ErrorParams } from '../errors';
import { englishErrorMessage } from '../errors/english';
import { uniqueConflict } from '../errors/unique-conflicts';
import { databaseRefusal } from '../errors/database-refusal';
import { uniqueViolationOf } from '../db/unique-violation';
import { requestLocale } from './locale';
import { HttpError } from './http-error';
import type { Logger } from '../logger';

/** The HTTP status of each kind of domain error. */
export const STATUS_OF_KIND = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  locked: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  throttled: 429,
  unavailable: 503,
} as const satisfies Record<DomainErrorKind, ContentfulStatusCode>;

const errorBody = (code: string, message: string, path: string | undefined, details: unknown) => ({
  error: { code, message, ...(path ? { path } : {}), ...(details ? { details } : {}) },
});

/**
 * Builds the single error handler: known errors keep their status; a unique-key violation from the
 * database is a 409 naming the field (errors/unique-conflicts.ts); unknown ones are logged and hidden.
 * Messages are zh-CN, or English where there is one and the request prefers it (`Accept-Language`).
 */
export function createOnError(logger: Logger) {
  return (thrown: Error, c: Context): Response => {
    const violation = uniqueViolationOf(thrown);
    const err = violation ? uniqueConflict(violation) : (databaseRefusal(thrown) ?? thrown);
    const english = requestLocale(c) === 'en';
    const say = (code: string, message: string, path?: string, params?: ErrorParams): string =>
      (english ? englishErrorMessage(code, message, path, params) : undefined) ?? message;
    if (err instanceof DomainError) {
      const headers = err.retryAfterSeconds !== undefined ? { 'Retry-After': String(err.retryAfterSeconds) } : undefined;
      return c.json(errorBody(err.code, say(err.code, err.message, err.path, err.params), err.path, err.details), STATUS_OF_KIND[err.kind], headers);
    }
    if (err instanceof HttpError) {
      return c.json(errorBody(err.code, say(err.code, err.message, err.path, err.params), err.path, err.details), err.status, err.headers);
    }
    if (err instanceof ForbiddenKeyError) {
      const message = say('forbidden_key', err.message, err.path, { path: err.path });
      return c.json({ error: { code: 'forbidden_key', message, path: err.path } }, 400);
    }
    if (err instanceof HTTPException) {
      const status = err.status;
      const code = status === 413 ? 'payload_too_large' : status === 401 ? 'unauthorized' : 'http_error';
      const message = status === 413 ? say(code, '请求体过大') : err.message || 'HTTP error';
      return c.json({ error: { code, message } }, status);
    }
    logger.error('unhandled error', { method: c.req.method, path: c.req.path, error: String(err), stack: err.stack });
    return c.json({ error: { code: 'internal', message: say('internal', '服务器内部错误') } }, 500);
  };
}
