import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { eq, or } from 'drizzle-orm';
import { idCardSchema, mobileSchema, usccSchema } from '@yilian/shared';
import { users } from '../../db/schema';
import type { AppDeps, AppEnv } from '../../http/context';
import { HttpError } from '../../http/http-error';
import { rolesDoc } from '../../http/middleware/allow';
import { insertUser } from '../../accounts/create-user';
import { createSession, loadUser } from '../../auth/sessions';
import { CITY_TENANT_ID } from '../../auth/visibility';
import { describeMe, meSchema } from '../../auth/me';
import { recordAudit } from '../../audit/record';
import { maskIfMobile } from '../../audit/mask';
import { errorSchema } from './schemas';
import { setSessionCookie } from './session-cookie';

const password = z.string().min(8, '密码至少 8 位').max(128);

export const registerBody = z.discriminatedUnion('accountType', [
  z.object({
    accountType: z.literal('citizen'),
    mobile: mobileSchema,
    password,
    name: z.string().trim().min(1, '请输入姓名').max(50),
    idNumber: idCardSchema,
  }),
  z.object({
    accountType: z.literal('company'),
    mobile: mobileSchema,
    password,
    name: z.string().trim().min(1, '请输入单位名称').max(100),
    uscc: usccSchema,
  }),
]);

const route = createRoute({
  method: 'post', path: '/auth/register', tags: ['auth'], summary: '注册 Self-registration',
  description: `Citizens (ID checked with GB 11643) and companies (USCC checked with GB 32100). The mobile number is the username. ${rolesDoc('public')}`,
  request: { body: { content: { 'application/json': { schema: registerBody } }, required: true } },
  responses: {
    201: { description: 'registered and signed in', content: { 'application/json': { schema: meSchema } } },
    400: { description: 'invalid', content: { 'application/json': { schema: errorSchema } } },
    409: { description: 'mobile already registered', content: { 'application/json': { schema: errorSchema } } },
  },
});

/** POST /api/auth/register: creates a citizen or company account and signs it in. */
export function registerRoute(router: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  router.openapi(route, (c) => {
    const body = c.req.valid('json');
    const now = deps.clock.now();
    const username = body.mobile;
    const { id, token } = deps.db.transaction((tx) => {
      if (tx.select({ id: users.id }).from(users).where(or(eq(users.username, username), eq(users.mobile, username))).get()) {
        throw new HttpError(409, 'conflict', '该手机号已注册', 'mobile');
      }
      const id = insertUser(tx, {
        tenantId: CITY_TENANT_ID,
        username,
        displayName: body.name,
        password: body.password,
        kind: body.accountType,
        mobile: body.mobile,
        idNumber: body.accountType === 'citizen' ? body.idNumber : null,
        uscc: body.accountType === 'company' ? body.uscc : null,
        roles: [{ role: body.accountType, departmentId: null }],
      }, now, deps.config.scryptCost);
      recordAudit(tx, undefined, now, { action: 'auth.register', targetType: 'user', targetId: id, tenantId: CITY_TENANT_ID, after: { username: maskIfMobile(username), accountType: body.accountType } });
      return { id, token: createSession(tx, id, CITY_TENANT_ID, now, deps.config.sessionHours) };
    });
    setSessionCookie(c, token, deps.config.sessionHours);
    return c.json(describeMe(deps.db, { user: loadUser(deps.db, id)!, tokenHash: '', tenantId: CITY_TENANT_ID }), 201);
  });
}
