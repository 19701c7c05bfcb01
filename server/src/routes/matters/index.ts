import { createRoute } from '@hono/zod-openapi';
import {
  codeParams, editMatterBody, localElementsSchema, matterDetailSchema, matterListQuery, matterPageSchema, matterSaveResultSchema,
  matterVersionSchema, versionParams,
} from '@yilian/shared';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, jsonBody, jsonResponse } from '../../http/openapi';
import { matterAtVersion, matterDetail, matterPage } from '../../catalog/matters';
import { editMatter } from '../../catalog/edit-matter';
import { writeLocals } from '../../catalog/matter-locals';

const tags = ['matters'];
const ADMINS = ['city-admin', 'county-admin'] as const;
const denied = { 401: errorResponse('not signed in'), 403: errorResponse('role not allowed') };

const list = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'get', path: '/matters', summary: '事项列表 List matters',
  description: `Search by name/code/department; filter by department, type, subject; paged. ${rolesDoc(...ADMINS)}`,
  request: { query: matterListQuery },
  responses: { 200: jsonResponse(matterPageSchema, 'page'), 400: errorResponse('invalid query'), ...denied },
});
const detail = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'get', path: '/matters/{code}', summary: '事项详情 Matter detail',
  description: `Current version, its history and the acting tenant's local elements. ${rolesDoc(...ADMINS)}`,
  request: { params: codeParams },
  responses: { 200: jsonResponse(matterDetailSchema, 'matter'), 404: errorResponse('not found'), ...denied },
});
const version = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'get', path: '/matters/{code}/versions/{version}', summary: '事项历史版本 One version',
  description: rolesDoc(...ADMINS),
  request: { params: versionParams },
  responses: { 200: jsonResponse(matterVersionSchema, 'version'), 404: errorResponse('not found'), ...denied },
});
const edit = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'put', path: '/matters/{code}', summary: '修改事项 Edit a matter',
  description: `Saves a new version. Standard elements (三级十同) only by city administrators (403 naming the element). ${rolesDoc(...ADMINS)}`,
  request: { params: codeParams, ...jsonBody(editMatterBody) },
  responses: { 200: jsonResponse(matterSaveResultSchema, 'saved'), 400: errorResponse('invalid'), 404: errorResponse('not found'), ...denied },
});
const local = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'put', path: '/matters/{code}/local', summary: '本地要素 Local elements',
  description: `The acting tenant's office, address, phone, hours, window, notes for this matter. ${rolesDoc(...ADMINS)}`,
  request: { params: codeParams, ...jsonBody(localElementsSchema) },
  responses: { 200: jsonResponse(localElementsSchema, 'saved'), 400: errorResponse('invalid'), 404: errorResponse('not found'), ...denied },
});

/** /api/matters: browse, read, edit (versioned) and localise catalog matters. */
export function matterRoutes(deps: AppDeps) {
  const { db, clock } = deps;
  return newRouter()
    .openapi(list, async (c) => c.json(await matterPage(db.read, c.req.valid('query')), 200))
    .openapi(detail, async (c) => c.json(await matterDetail(db.read, authOf(c).tenantId, c.req.valid('param').code), 200))
    .openapi(version, async (c) => {
      const { code, version: v } = c.req.valid('param');
      return c.json(await matterAtVersion(db.read, code, v), 200);
    })
    .openapi(edit, async (c) => {
      const { code } = c.req.valid('param');
      const body = c.req.valid('json');
      return c.json(await editMatter(db, authOf(c), code, body.matter, body.note, clock.now()), 200);
    })
    .openapi(local, async (c) => {
      const { code } = c.req.valid('param');
      return c.json(await writeLocals(db, authOf(c), code, c.req.valid('json'), clock.now()), 200);
    });
}
