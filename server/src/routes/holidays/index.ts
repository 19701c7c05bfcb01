import { createRoute } from '@hono/zod-openapi';
import { holidayFileSchema, parseHolidayFile, STAFF_ROLES } from '@yilian/shared';
import { holidayYears } from '../../db/schema';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { badRequest } from '../../http/http-error';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, jsonBody, jsonResponse } from '../../http/openapi';
import { CITY_TENANT_ID } from '../../auth/visibility';
import { recordAudit } from '../../audit/record';
import { countDays, loadHolidayYears, missingHolidayYears, missingYearsWarning } from '../../calendar';
import { holidayListSchema, uploadResultSchema, yearParams } from './schemas';
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
    .openapi(list, (c) => {
      const years = loadHolidayYears(db).flatMap((y) => {
        if (y.file.ok) return [{ year: y.year, ...countDays(y.file.value), source: y.source, loadedAt: y.loadedAt, loadedBy: y.loadedBy }];
        deps.logger.error('stored holiday year is invalid', { year: y.year, error: y.file.error });
        return [];
      });
      const missingYears = missingHolidayYears(new Set(years.map((y) => y.year)), clock.now());
      return c.json({ years, missingYears, warning: missingYearsWarning(missingYears) }, 200);
    })
    .openapi(upload, (c) => {
      const auth = authOf(c);
      const year = Number(c.req.valid('param').year);
      const parsed = parseHolidayFile(c.req.valid('json'));
      if (!parsed.ok) {
        const first = parsed.errors[0];
        throw badRequest(first?.message ?? '节假日文件无效', first?.path);
      }
      const file = parsed.value;
      if (file.year !== year) throw badRequest(`文件中的年份 ${file.year} 与地址中的年份 ${year} 不一致`, 'year');
      const now = clock.now();
      const counts = countDays(file);
      db.transaction((tx) => {
        const previous = loadHolidayYears(tx).find((y) => y.year === year);
        const values = { year, data: file, source: 'upload' as const, loadedAt: now.toISOString(), loadedBy: auth.user.username };
        tx.insert(holidayYears).values(values).onConflictDoUpdate({ target: holidayYears.year, set: values }).run();
        recordAudit(tx, auth, now, {
          action: 'holidays.upload', targetType: 'holiday-year', targetId: String(year), tenantId: CITY_TENANT_ID,
          before: previous?.file.ok
            ? { year, ...countDays(previous.file.value), source: previous.source, loadedBy: previous.loadedBy, days: previous.file.value.days }
            : undefined,
          after: { year, ...counts, source: 'upload', loadedBy: auth.user.username, days: file.days },
        });
      });
      return c.json({ year, ...counts, warnings: parsed.warnings }, 200);
    });
  return deadlineRoute(router, deps);
}

