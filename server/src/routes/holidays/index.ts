import { createRoute } from '@hono/zod-openapi';
import { holidayFileSchema, holidayListSchema, STAFF_ROLES, uploadResultSchema, yearParams } from '@yilian/shared';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, jsonBody, jsonResponse } from '../../http/openapi';
import { holidayOverview, uploadHolidayYear } from '../../calendar';
import { deadlineRoute } from './deadline';

const tags = ['calendar'];
const denied = { 401: errorResponse('not signed in'), 403: errorResponse('role not allowed') };

const list = createRoute({
  tags, middleware: [allow(...STAFF_ROLES)] as const, method: 'get', path: '/holidays', summary: '节假日数据 Holiday years',
  description: `Loaded years, and a warning while the current or next year has no data (deadlines then count Monday–Friday). ${rolesDoc(...STAFF_ROLES)}`,
  responses: { 200: jsonResponse(holidayListSchema, 'years'), ...denied },
});
const upload = createRoute({
  tags, middleware: [allow('city-admin')] as const, method: 'put', path: '/holidays/{year}', summary: '上传节假日数据 Load a holiday year',
  description: `The body is the holiday file itself (data/holidays-cn/YYYY.json format); its year must equal the path's. Validated, then stored (replacing the year) and audited. ${rolesDoc('city-admin')}`,
  request: { params: yearParams, ...jsonBody(holidayFileSchema) },
  responses: { 200: jsonResponse(uploadResultSchema, 'loaded'), 400: errorResponse('invalid file (error.path names the entry)'), ...denied },
});

/** /api/holidays and /api/calendar/deadline: the working-day calendar's data. */
export function holidayRoutes(deps: AppDeps) {
  const { db, clock } = deps;
  const router = newRouter()
    .openapi(list, async (c) => c.json(await holidayOverview(db, deps.logger, clock.now()), 200))
    .openapi(upload, async (c) => c.json(await uploadHolidayYear(db, authOf(c), Number(c.req.valid('param').year), c.req.valid('json'), clock.now()), 200));
  return deadlineRoute(router, deps);
}

