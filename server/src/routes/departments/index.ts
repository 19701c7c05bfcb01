import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { departments } from '../../db/schema';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { HttpError } from '../../http/http-error';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, idParams, jsonBody, jsonResponse } from '../../http/openapi';
import { recordAudit } from '../../audit/record';
import { createDepartmentBody, departmentSchema, patchDepartmentBody } from './schemas';
import { assertCodeFree, getDepartment, listDepartments } from './repository';

const ADMINS = ['city-admin', 'county-admin'] as const;
const tags = ['departments'];
const denied = { 401: errorResponse('not signed in'), 403: errorResponse('role not allowed') };

const list = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'get', path: '/departments', summary: '部门列表 List departments',
  description: `Departments of the acting tenant; userCount = role grants referencing the department. ${rolesDoc(...ADMINS)}`,
  responses: { 200: jsonResponse(z.object({ items: z.array(departmentSchema) }), 'departments'), ...denied },
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
    .openapi(list, (c) => c.json({ items: listDepartments(db, authOf(c).tenantId) }, 200))
    .openapi(create, (c) => {
      const auth = authOf(c);
      const body = c.req.valid('json');
      const now = clock.now();
      const created = db.transaction((tx) => {
        assertCodeFree(tx, auth.tenantId, body.code);
        const id = randomUUID();
        tx.insert(departments).values({ id, tenantId: auth.tenantId, code: body.code, name: body.name, createdAt: now.toISOString() }).run();
        const after = getDepartment(tx, auth.tenantId, id);
        recordAudit(tx, auth, now, { action: 'department.create', targetType: 'department', targetId: id, after });
        return after;
      });
      return c.json(created, 201);
    })
    .openapi(patch, (c) => {
      const auth = authOf(c);
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const now = clock.now();
      const updated = db.transaction((tx) => {
        const before = getDepartment(tx, auth.tenantId, id);
        if (body.code === undefined && body.name === undefined) return before; // nothing to write, nothing to audit
        if (body.code !== undefined) assertCodeFree(tx, auth.tenantId, body.code, id);
        tx.update(departments)
          .set({ code: body.code ?? before.code, name: body.name ?? before.name })
          .where(and(eq(departments.tenantId, auth.tenantId), eq(departments.id, id)))
          .run();
        const after = getDepartment(tx, auth.tenantId, id);
        recordAudit(tx, auth, now, { action: 'department.update', targetType: 'department', targetId: id, before, after });
        return after;
      });
      return c.json(updated, 200);
    })
    .openapi(remove, (c) => {
      const auth = authOf(c);
      const { id } = c.req.valid('param');
      const now = clock.now();
      db.transaction((tx) => {
        const before = getDepartment(tx, auth.tenantId, id);
        if (before.userCount > 0) {
          throw new HttpError(409, 'conflict', `该部门仍有 ${before.userCount} 个用户角色，不能删除`);
        }
        tx.delete(departments).where(and(eq(departments.tenantId, auth.tenantId), eq(departments.id, id))).run();
        recordAudit(tx, auth, now, { action: 'department.delete', targetType: 'department', targetId: id, before });
      });
      return c.body(null, 204);
    });
}
