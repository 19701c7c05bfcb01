import { createRoute, type z } from '@hono/zod-openapi';
import { errorSchema, loginBody, meOrAnonymousSchema, meSchema, switchTenantBody } from '@yilian/shared';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { describeMe } from '../../auth/me';
import { login as signIn, logout as signOut, switchTenant as switchActingTenant } from '../../auth/login';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { registerRoute } from './register';
import { clientAddress } from '../../http/client-address';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const login = createRoute({
  method: 'post', path: '/auth/login', tags: ['auth'], summary: '登录 Log in',
  description: `Sets the session cookie. 5 failures in 15 minutes throttle that username from that client address (429 with Retry-After); an address is also throttled after 50 failures over all usernames. ${rolesDoc('public')}`,
  request: { body: { content: { 'application/json': { schema: loginBody } }, required: true } },
  responses: { 200: json(meSchema, 'signed in'), 401: json(errorSchema, 'wrong credentials'), 429: json(errorSchema, 'throttled') },
});
const logout = createRoute({
  method: 'post', path: '/auth/logout', tags: ['auth'], summary: '退出 Log out', description: rolesDoc('any'),
  middleware: [allow('any')] as const,
  responses: { 204: { description: 'signed out' } },
});
const me = createRoute({
  method: 'get', path: '/auth/me', tags: ['auth'], summary: '当前用户 Current user',
  description: `Anonymous visitors get \`{ "user": null }\` (asking who is signed in is not an error). ${rolesDoc('public')}`,
  responses: { 200: json(meOrAnonymousSchema, 'profile, or { user: null } when nobody is signed in') },
});
const switchTenant = createRoute({
  method: 'post', path: '/auth/tenant', tags: ['auth'], summary: '切换租户 Switch tenant',
  description: `Only tenants the user may see. ${rolesDoc('any')}`,
  middleware: [allow('any')] as const,
  request: { body: { content: { 'application/json': { schema: switchTenantBody } }, required: true } },
  responses: { 200: json(meSchema, 'switched'), 404: json(errorSchema, 'not visible') },
});

/** /api/auth/*: login, logout, me, tenant switch, self-registration. */
export function authRoutes(deps: AppDeps) {
  const { db, clock, config } = deps;
  const router = newRouter()
    .openapi(login, async (c) => {
      const { username, password } = c.req.valid('json');
      const attempt = { username, password, client: clientAddress(c, config.trustedProxies) };
      const { token, me } = await signIn(db, attempt, clock.now(), config);
      setSessionCookie(c, token, config.sessionHours);
      return c.json(me, 200);
    })
    .openapi(logout, async (c) => {
      await signOut(db, authOf(c), clock.now());
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(me, async (c) => {
      const auth = c.get('auth');
      return c.json(auth ? await describeMe(db.read, auth) : { user: null }, 200);
    })
    .openapi(switchTenant, async (c) => c.json(await switchActingTenant(db, authOf(c), c.req.valid('json').tenantId, clock.now()), 200));
  registerRoute(router, deps);
  return router;
}
