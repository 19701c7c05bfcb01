import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { rolesDoc } from '../../http/middleware/allow';
import { tenantTree, type TenantNode } from '../../tenants';

const tenantNode: z.ZodType<TenantNode> = z.lazy(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['city', 'county', 'zone']),
    parentId: z.string().nullable(),
    children: z.array(tenantNode),
  }),
).openapi('TenantNode'); // a named component: the OpenAPI generator recurses forever on an anonymous lazy schema

const route = createRoute({
  method: 'get',
  path: '/tenants',
  tags: ['tenants'],
  summary: '租户树 Tenant tree',
  description: `The city and its districts, counties and zones. ${rolesDoc('public')}`,
  responses: {
    200: {
      description: 'tree',
      content: { 'application/json': { schema: z.object({ tenants: z.array(tenantNode) }) } },
    },
  },
});

/** GET /api/tenants (public) */
export function tenantRoutes(deps: AppDeps) {
  return newRouter().openapi(route, (c) => c.json({ tenants: tenantTree(deps.db) }, 200));
}
