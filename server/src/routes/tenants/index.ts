import { createRoute } from '@hono/zod-openapi';
import { tenantTreeSchema } from '@yilian/shared';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { rolesDoc } from '../../http/middleware/allow';
import { tenantTree } from '../../tenants';

const route = createRoute({
  method: 'get',
  path: '/tenants',
  tags: ['tenants'],
  summary: '租户树 Tenant tree',
  description: `The city and its districts, counties and zones. ${rolesDoc('public')}`,
  responses: {
    200: {
      description: 'tree',
      content: { 'application/json': { schema: tenantTreeSchema } },
    },
  },
});

/** GET /api/tenants (public) */
export function tenantRoutes(deps: AppDeps) {
  return newRouter().openapi(route, async (c) => c.json({ tenants: await tenantTree(deps.db.read) }, 200));
}
