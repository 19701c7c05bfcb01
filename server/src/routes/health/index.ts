import { createRoute } from '@hono/zod-openapi';
import { healthSchema } from '@yilian/shared';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { rolesDoc } from '../../http/middleware/allow';

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: '健康检查 Health',
  description: `200 only once migrations and seeding are done. ${rolesDoc('public')}`,
  responses: {
    200: { description: 'ready', content: { 'application/json': { schema: healthSchema } } },
    503: { description: 'starting', content: { 'application/json': { schema: healthSchema } } },
  },
});

/** GET /api/health */
export function healthRoutes(deps: AppDeps) {
  return newRouter().openapi(route, async (c) => {
    let database: boolean;
    try {
      database = await deps.db.ping();
    } catch (err) {
      deps.logger.error('health: database unreachable', { error: String(err) });
      database = false;
    }
    const ok = deps.ready.value && database;
    const body = { status: ok ? ('ok' as const) : ('starting' as const), database, migrations: deps.ready.migrations, time: deps.clock.now().toISOString() };
    return ok ? c.json(body, 200) : c.json(body, 503);
  });
}
