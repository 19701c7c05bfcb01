import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HttpError } from '../http-error';

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

/** Rejects request bodies over `maxSize` bytes with 413; routes that need more mount their own. */
export function bodySize(maxSize = DEFAULT_BODY_LIMIT): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new HttpError(413, 'payload_too_large', `请求体超过 ${maxSize} 字节上限`);
    },
  });
}
