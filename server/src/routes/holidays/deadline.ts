import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { deadlineQuery, deadlineSchema, STAFF_ROLES } from '@yilian/shared';
import type { AppDeps, AppEnv } from '../../http/context';
import { allow, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, jsonResponse } from '../../http/openapi';
import { loadWorkingCalendar } from '../../calendar';

const route = createRoute({
  tags: ['calendar'], middleware: [allow(...STAFF_ROLES)] as const, method: 'get', path: '/calendar/deadline',
  summary: '计算办理期限 Working-day deadline',
  description: 'The date `days` working days after `from` (counting starts the next day; 调休 make-up days count). '
    + `fallbackYears lists years counted Monday–Friday for lack of holiday data. ${rolesDoc(...STAFF_ROLES)}`,
  request: { query: deadlineQuery },
  responses: { 200: jsonResponse(deadlineSchema, 'deadline'), 400: errorResponse('invalid query'), 401: errorResponse('not signed in'), 403: errorResponse('role not allowed') },
});

/** GET /api/calendar/deadline, added to the holidays router. */
export function deadlineRoute(router: OpenAPIHono<AppEnv>, deps: AppDeps) {
  return router.openapi(route, async (c) => {
    const { from, days } = c.req.valid('query');
    const { date, fallbackYears } = (await loadWorkingCalendar(deps.db.read, deps.logger)).addWorkingDays(from, days);
    return c.json({ deadline: date, fallbackYears }, 200);
  });
}
