import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-error';

/** True when every percent-escape in the path decodes to UTF-8. */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Refuses URLs whose path is not valid percent-encoded UTF-8 (`/%E0%A4%A`, `/%ff.js`) with 400 `bad_path`. */
export function pathGuard(): MiddlewareHandler {
  return (c, next) => {
    const raw = c.req.url;
    const start = raw.indexOf('/', raw.indexOf('//') + 2);
    const end = raw.search(/[?#]/);
    const pathname = start < 0 ? '/' : raw.slice(start, end < 0 ? undefined : end);
    if (!isDecodablePath(pathname)) throw new HttpError(400, 'bad_path', '请求路径的百分号编码无效');
    return next();
  };
}
