import { createRoute } from '@hono/zod-openapi';
import { catalogChecksSchema, catalogDocument, catalogExportQuery, importReportSchema } from '@yilian/shared';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { notFound } from '../../errors';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, jsonBody, jsonResponse } from '../../http/openapi';
import { runCatalogImport } from '../../catalog/import-request';
import { exportCatalog } from '../../catalog/export-catalog';
import { runCatalogChecks } from '../../catalog/checks';

const tags = ['catalog'];
const READERS = ['city-admin', 'county-admin'] as const;
const denied = { 401: errorResponse('not signed in'), 403: errorResponse('role not allowed') };

const importRoute = createRoute({
  tags, method: 'post', path: '/catalog/import', middleware: [allow('city-admin')] as const,
  summary: '导入事项目录 Import a catalog',
  description: `The body is the \`yilian.catalog/v1\` file itself (up to 20 MiB). All-or-nothing, idempotent by code; a changed matter becomes a new version. Errors name the JSON path (all of them in error.details). ${rolesDoc('city-admin')}`,
  request: jsonBody(catalogDocument),
  responses: { 200: jsonResponse(importReportSchema, 'imported'), 400: errorResponse('invalid catalog'), 413: errorResponse('over 20 MiB'), ...denied },
});
const exportRoute = createRoute({
  tags, method: 'get', path: '/catalog/export', middleware: [allow(...READERS)] as const,
  summary: '导出事项目录 Export the catalog',
  description: `The same format; import(export(x)) changes nothing. \`chain\` restricts it to one chain's matters. ${rolesDoc(...READERS)}`,
  request: { query: catalogExportQuery },
  responses: { 200: jsonResponse(catalogDocument, 'catalog'), 404: errorResponse('unknown chain'), ...denied },
});
const checksRoute = createRoute({
  tags, method: 'get', path: '/catalog/checks', middleware: [allow(...READERS)] as const,
  summary: '目录检查 Catalog checks',
  description: `Material codes with different names, field keys with different definitions, promised > legal limits, fee written as 无. ${rolesDoc(...READERS)}`,
  responses: { 200: jsonResponse(catalogChecksSchema, 'findings'), ...denied },
});

/** /api/catalog/*: import, export and checks of the matter catalog. */
export function catalogRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(importRoute, async (c) => c.json(await runCatalogImport(deps.db, c.req.valid('json'), authOf(c), deps.clock.now()), 200))
    .openapi(exportRoute, async (c) => {
      const { chain } = c.req.valid('query');
      const doc = await exportCatalog(deps.db.read, chain);
      if (!doc) throw notFound('主题');
      return c.json(doc, 200);
    })
    .openapi(checksRoute, async (c) => c.json({ items: await runCatalogChecks(deps.db.read) }, 200));
}
