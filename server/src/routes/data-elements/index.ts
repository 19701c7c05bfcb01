import { createRoute } from '@hono/zod-openapi';
import { dataElementListSchema } from '@yilian/shared';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { allow, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, jsonResponse } from '../../http/openapi';
import { dataElementList } from '../../chains/data-elements';

const READERS = ['city-admin', 'county-admin'] as const;

const list = createRoute({
  tags: ['catalog'], method: 'get', path: '/data-elements', middleware: [allow(...READERS)] as const,
  summary: '数据元 Data elements',
  description: `The catalog's shared field dictionary; merged chain fields take their labels from it. ${rolesDoc(...READERS)}`,
  responses: {
    200: jsonResponse(dataElementListSchema, 'data elements'),
    401: errorResponse('not signed in'),
    403: errorResponse('role not allowed'),
  },
});

/** GET /api/data-elements */
export function dataElementRoutes(deps: AppDeps) {
  return newRouter().openapi(list, async (c) => c.json({ items: await dataElementList(deps.db.read) }, 200));
}
