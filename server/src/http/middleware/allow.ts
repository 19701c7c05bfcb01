import type { MiddlewareHandler } from 'hono';
import type { Role } from '@yilian/shared';
import type { AppEnv, AuthState } from '../context';
import { HttpError } from '../http-error';

/** Route guard: the request must be authenticated and hold one of the roles ('any' = any signed-in user). */
export function allow(...roles: Array<Role | 'any'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const auth = c.get('auth');
    if (!auth) throw new HttpError(401, 'unauthorized', '请先登录');
    if (!roles.includes('any') && !auth.user.roles.some((r) => roles.includes(r.role))) {
      throw new HttpError(403, 'forbidden', '当前角色无权执行此操作');
    }
    await next();
  };
}

/** The authenticated state of a request that passed `allow`. */
export function authOf(c: { get(key: 'auth'): AuthState | undefined }): AuthState {
  const auth = c.get('auth');
  if (!auth) throw new HttpError(401, 'unauthorized', '请先登录');
  return auth;
}

/** Text appended to a route's OpenAPI description naming the roles it allows. */
export const rolesDoc = (...roles: Array<Role | 'any' | 'public'>): string => `允许角色 Roles: ${roles.join(', ')}`;
