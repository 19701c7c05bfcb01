import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-error';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Origin check for state-changing requests. A browser always sends Origin on such requests; it must
 * be the request's own scheme://Host or a configured origin. Clients without Origin (CLI, scripts)
 * are not browsers and carry no ambient cookie risk.
 */
export function csrfOrigin(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin !== undefined) {
        const url = new URL(c.req.url);
        const proto = c.req.header('x-forwarded-proto') ?? url.protocol.replace(':', '');
        const host = c.req.header('host') ?? url.host;
        const own = `${proto}://${host}`;
        if (origin !== own && !allowed.includes(origin)) {
          throw new HttpError(403, 'csrf_origin', `拒绝跨站请求：来源 ${origin} 不被允许`, undefined, undefined, { origin });
        }
      }
    }
    await next();
  };
}
