import { createRoute } from '@hono/zod-openapi';
import { createDepartmentBody, departmentListSchema, listDepartmentsQuery, departmentSchema, patchDepartmentBody } from '@yilian/shared';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, idParams, jsonBody, jsonResponse } from '../../http/openapi';
import { createDepartment, deleteDepartment, pageDepartments, updateDepartment } from '../../departments';

const ADMINS = ['city-admin', 'county-admin'] as const;
const tags = ['departments'];
const denied = { 401: errorResponse('not signed in'), 403: errorResponse('role not allowed') };

const list = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'get', path: '/departments', summary: '部门列表 List departments',
  description: `One page of the acting tenant's departments (code or name containing q), ordered by code; userCount = role grants referencing the department. ${rolesDoc(...ADMINS)}`,
  request: { query: listDepartmentsQuery },
  responses: { 200: jsonResponse(departmentListSchema, 'one page'), 400: errorResponse('invalid query'), ...denied },
});
const create = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'post', path: '/departments', summary: '新建部门 Create a department',
  description: `Created in the acting tenant; codes are unique per tenant. ${rolesDoc(...ADMINS)}`,
  request: jsonBody(createDepartmentBody),
  responses: { 201: jsonResponse(departmentSchema, 'created'), 400: errorResponse('invalid'), 409: errorResponse('duplicate code'), ...denied },
});
const patch = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'patch', path: '/departments/{id}', summary: '修改部门 Update a department',
  description: `Another tenant's department is a 404. ${rolesDoc(...ADMINS)}`,
  request: { params: idParams, ...jsonBody(patchDepartmentBody) },
  responses: { 200: jsonResponse(departmentSchema, 'updated'), 400: errorResponse('invalid'), 404: errorResponse('not found'), 409: errorResponse('duplicate code'), ...denied },
});
const remove = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'delete', path: '/departments/{id}', summary: '删除部门 Delete a department',
  description: `Refused (409) while users are assigned to it. ${rolesDoc(...ADMINS)}`,
  request: { params: idParams },
  responses: { 204: { description: 'deleted' }, 404: errorResponse('not found'), 409: errorResponse('users assigned'), ...denied },
});

/** /api/departments: the acting tenant's departments (admins). */
export function departmentRoutes(deps: AppDeps) {
  const { db, clock } = deps;
  return newRouter()
    .openapi(list, async (c) => c.json(await pageDepartments(db.read, authOf(c).tenantId, c.req.valid('query')), 200))
    .openapi(create, async (c) => c.json(await createDepartment(db, authOf(c), c.req.valid('json'), clock.now()), 201))
    .openapi(patch, async (c) => c.json(await updateDepartment(db, authOf(c), c.req.valid('param').id, c.req.valid('json'), clock.now()), 200))
    .openapi(remove, async (c) => {
      await deleteDepartment(db, authOf(c), c.req.valid('param').id, clock.now());
      return c.body(null, 204);
    });
}
