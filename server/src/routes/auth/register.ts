import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../http/context';
import { rolesDoc } from '../../http/middleware/allow';
import { register } from '../../auth/register';
import { errorSchema, meSchema, registerBody } from '@yilian/shared';
import { setSessionCookie } from './session-cookie';
import { clientAddress } from '../../http/client-address';
import { REGISTER_LIMIT, takeRateSlot } from '../../auth/rate-limit';

const route = createRoute({
  method: 'post', path: '/auth/register', tags: ['auth'], summary: '注册 Self-registration',
  description: `Citizens (ID checked with GB 11643) and companies (USCC checked with GB 32100). The mobile number is the username. At most 20 sign-ups an hour per client address (429 with Retry-After). ${rolesDoc('public')}`,
  request: { body: { content: { 'application/json': { schema: registerBody } }, required: true } },
  responses: {
    201: { description: 'registered and signed in', content: { 'application/json': { schema: meSchema } } },
    400: { description: 'invalid', content: { 'application/json': { schema: errorSchema } } },
    409: { description: 'mobile already registered', content: { 'application/json': { schema: errorSchema } } },
    429: { description: 'too many sign-ups from this client address (Retry-After)', content: { 'application/json': { schema: errorSchema } } },
  },
});

/** POST /api/auth/register: creates a citizen or company account and signs it in. */
export function registerRoute(router: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  router.openapi(route, async (c) => {
    const body = c.req.valid('json');
    const now = deps.clock.now();
    await takeRateSlot(deps.db, REGISTER_LIMIT, clientAddress(c, deps.config.trustedProxies), now);
    const { token, me } = await register(deps.db, body, now, deps.config);
    setSessionCookie(c, token, deps.config.sessionHours);
    return c.json(me, 201);
  });
}
