import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HttpError } from '../http-error';

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

const limiter = (maxSize: number): MiddlewareHandler =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new HttpError(413, 'payload_too_large', `请求体超过 ${maxSize} 字节上限`, undefined, undefined, { limit: maxSize });
    },
  });

/**
 * Rejects request bodies over `maxSize` bytes with 413. Routes that need more (the catalog import)
 * are listed in `overrides` by exact path with their own limit.
 */
export function bodySize(maxSize = DEFAULT_BODY_LIMIT, overrides: Record<string, number> = {}): MiddlewareHandler {
  const standard = limiter(maxSize);
  const special = new Map(Object.entries(overrides).map(([path, size]) => [path, limiter(size)]));
  return (c, next) => (special.get(c.req.path) ?? standard)(c, next);
}
