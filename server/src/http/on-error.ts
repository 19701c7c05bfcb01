import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ForbiddenKeyError } from '@yilian/shared';
import { HttpError } from './http-error';
import type { Logger } from '../logger';

/** Builds the single error handler: known errors keep their status; unknown ones are logged and hidden. */
export function createOnError(logger: Logger) {
  return (err: Error, c: Context): Response => {
    if (err instanceof HttpError) {
      const body = {
        error: {
          code: err.code,
          message: err.message,
          ...(err.path ? { path: err.path } : {}),
          ...(err.details ? { details: err.details } : {}),
        },
      };
      return c.json(body, err.status, err.headers);
    }
    if (err instanceof ForbiddenKeyError) {
      return c.json({ error: { code: 'forbidden_key', message: err.message, path: err.path } }, 400);
    }
    if (err instanceof HTTPException) {
      const status = err.status;
      const code = status === 413 ? 'payload_too_large' : status === 401 ? 'unauthorized' : 'http_error';
      const message = status === 413 ? '请求体过大' : err.message || 'HTTP error';
      return c.json({ error: { code, message } }, status);
    }
    logger.error('unhandled error', { method: c.req.method, path: c.req.path, error: String(err), stack: err.stack });
    return c.json({ error: { code: 'internal', message: '服务器内部错误' } }, 500);
  };
}
