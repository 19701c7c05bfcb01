import { createRoute } from '@hono/zod-openapi';
import { createUserBody, listUsersQuery, patchUserBody, putRolesBody, userPageSchema, userRowSchema } from '@yilian/shared';
import { allow, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, idParams, jsonBody, jsonResponse } from '../../http/openapi';

const ADMINS = ['city-admin', 'county-admin'] as const;
const tags = ['users'];
const denied = { 401: errorResponse('not signed in'), 403: errorResponse('role not allowed') };
const row = jsonResponse(userRowSchema, 'the user (mobile masked)');

export const listUsersRoute = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'get', path: '/users', summary: '用户列表 List users',
  description: `Users of the acting tenant; q matches username, name or mobile; mobiles are masked. ${rolesDoc(...ADMINS)}`,
  request: { query: listUsersQuery },
  responses: { 200: jsonResponse(userPageSchema, 'one page'), 400: errorResponse('invalid query'), ...denied },
});

export const createUserRoute = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'post', path: '/users', summary: '新建工作人员 Create a staff user',
  description: 'Created in the acting tenant. Usernames are unique platform-wide; a reviewer needs a department of the acting tenant; '
    + `citizen/company roles cannot be granted; only a city admin grants city-admin. ${rolesDoc(...ADMINS)}`,
  request: jsonBody(createUserBody),
  responses: { 201: row, 400: errorResponse('invalid'), 409: errorResponse('username taken'), ...denied },
});

export const patchUserRoute = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'patch', path: '/users/{id}', summary: '修改用户 Update a user',
  description: `Name, mobile, status, password. Administrators cannot disable themselves; disabling or resetting the password ends the user's other sessions. ${rolesDoc(...ADMINS)}`,
  request: { params: idParams, ...jsonBody(patchUserBody) },
  responses: { 200: row, 400: errorResponse('invalid'), 404: errorResponse('not found'), ...denied },
});

export const putRolesRoute = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'put', path: '/users/{id}/roles', summary: '设置角色 Replace a user\'s roles',
  description: `Replaces all grants of a staff user (same rules as creation). ${rolesDoc(...ADMINS)}`,
  request: { params: idParams, ...jsonBody(putRolesBody) },
  responses: { 200: row, 400: errorResponse('invalid'), 404: errorResponse('not found'), ...denied },
});
