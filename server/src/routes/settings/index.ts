import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, jsonBody, jsonResponse } from '../../http/openapi';
import { resolveSettings, settingsPutSchema, settingsViewSchema, updateSettings } from '../../settings';

const ADMINS = ['city-admin', 'county-admin'] as const;
const tags = ['settings'];
const denied = { 401: errorResponse('not signed in'), 403: errorResponse('role not allowed') };

const get = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'get', path: '/settings', summary: '租户设置 Tenant settings',
  description: `effective = built-in defaults ← city's own ← acting tenant's own. ${rolesDoc(...ADMINS)}`,
  responses: { 200: jsonResponse(settingsViewSchema, 'settings'), ...denied },
});
const put = createRoute({
  tags, middleware: [allow(...ADMINS)] as const, method: 'put', path: '/settings', summary: '修改租户设置 Update settings',
  description: `A partial Settings, deep-merged into the acting tenant's own overrides; null removes an override (the value is inherited again). The city's own settings are every tenant's defaults. ${rolesDoc(...ADMINS)}`,
  request: jsonBody(settingsPutSchema),
  responses: { 200: jsonResponse(settingsViewSchema, 'settings'), 400: errorResponse('invalid'), ...denied },
});

/** /api/settings: the acting tenant's settings with inheritance from the city. */
export function settingsRoutes(deps: AppDeps) {
  const { db, clock } = deps;
  return newRouter()
    .openapi(get, async (c) => c.json(await resolveSettings(db.read, authOf(c).tenantId), 200))
    .openapi(put, async (c) => c.json(await updateSettings(db, authOf(c), c.req.valid('json'), clock.now()), 200));
}
