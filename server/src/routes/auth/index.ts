import { createRoute, type z } from '@hono/zod-openapi';
import { eq, lt } from 'drizzle-orm';
import { sessions, users } from '../../db/schema';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { HttpError, notFound } from '../../http/http-error';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { verifyPassword } from '../../auth/password';
import { createSession, loadUser } from '../../auth/sessions';
import { clearFailures, recordFailure, throttledFor } from '../../auth/throttle';
import { describeMe, meSchema } from '../../auth/me';
import { maySeeTenant } from '../../auth/visibility';
import { recordAudit } from '../../audit/record';
import { maskIfMobile } from '../../audit/mask';
import { listTenants } from '../tenants/tenant-tree';
import { errorSchema, loginBody, switchTenantBody } from './schemas';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { registerRoute } from './register';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const login = createRoute({
  method: 'post', path: '/auth/login', tags: ['auth'], summary: '登录 Log in',
  description: `Sets the session cookie. 5 failures in 15 minutes throttle the account (429). ${rolesDoc('public')}`,
  request: { body: { content: { 'application/json': { schema: loginBody } }, required: true } },
  responses: { 200: json(meSchema, 'signed in'), 401: json(errorSchema, 'wrong credentials'), 429: json(errorSchema, 'throttled') },
});
const logout = createRoute({
  method: 'post', path: '/auth/logout', tags: ['auth'], summary: '退出 Log out', description: rolesDoc('any'),
  middleware: [allow('any')] as const,
  responses: { 204: { description: 'signed out' } },
});
const me = createRoute({
  method: 'get', path: '/auth/me', tags: ['auth'], summary: '当前用户 Current user', description: rolesDoc('any'),
  middleware: [allow('any')] as const,
  responses: { 200: json(meSchema, 'profile'), 401: json(errorSchema, 'anonymous') },
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
    .openapi(login, (c) => {
      const { username, password } = c.req.valid('json');
      const now = clock.now();
      const wait = throttledFor(db, username, now);
      if (wait > 0) {
        throw new HttpError(429, 'throttled', `登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`, undefined, { 'Retry-After': String(wait) });
      }
      const row = db.select().from(users).where(eq(users.username, username)).get();
      if (!row || row.status !== 'active' || !verifyPassword(password, row.passwordHash)) {
        recordFailure(db, username, now);
        throw new HttpError(401, 'invalid_credentials', '用户名或密码错误');
      }
      clearFailures(db, username);
      const token = db.transaction((tx) => {
        tx.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())).run(); // expired sessions go on every login
        const t = createSession(tx, row.id, row.tenantId, now, config.sessionHours);
        const actor = loadUser(tx, row.id);
        recordAudit(tx, actor ? { user: actor, tokenHash: '', tenantId: row.tenantId } : undefined, now, { action: 'auth.login', targetType: 'user', targetId: row.id, tenantId: row.tenantId, after: { username: maskIfMobile(username) } });
        return t;
      });
      setSessionCookie(c, token, config.sessionHours);
      const user = loadUser(db, row.id)!;
      return c.json(describeMe(db, { user, tokenHash: '', tenantId: row.tenantId }), 200);
    })
    .openapi(logout, (c) => {
      const auth = authOf(c);
      db.transaction((tx) => {
        tx.delete(sessions).where(eq(sessions.tokenHash, auth.tokenHash)).run();
        recordAudit(tx, auth, clock.now(), { action: 'auth.logout', targetType: 'user', targetId: auth.user.id });
      });
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(me, (c) => c.json(describeMe(db, authOf(c)), 200))
    .openapi(switchTenant, (c) => {
      const auth = authOf(c);
      const { tenantId } = c.req.valid('json');
      const all = listTenants(db).map((t) => t.id);
      if (!maySeeTenant(auth.user, tenantId, all)) throw notFound('租户');
      db.transaction((tx) => {
        tx.update(sessions).set({ activeTenantId: tenantId }).where(eq(sessions.tokenHash, auth.tokenHash)).run();
        recordAudit(tx, auth, clock.now(), { action: 'auth.switch-tenant', targetType: 'session', targetId: auth.user.id, tenantId, before: { tenantId: auth.tenantId }, after: { tenantId } });
      });
      return c.json(describeMe(db, { ...auth, tenantId }), 200);
    });
  registerRoute(router, deps);
  return router;
}
