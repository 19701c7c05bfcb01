import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppDeps, AppEnv } from '../context';
import { resolveSession, SESSION_COOKIE } from '../../auth/sessions';

/** Reads the session cookie and sets `auth` for the request (undefined when anonymous). */
export function sessionAuth(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('auth', token ? await resolveSession(deps.db.read, token, deps.clock.now()) : undefined);
    await next();
  };
}
