import { createRoute } from '@hono/zod-openapi';
import { chainFormSaveSchema, chainFormSchema, chainProcessSaveSchema, chainProcessSchema } from '@yilian/shared';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, idParams, jsonBody, jsonResponse } from '../../http/openapi';
import { requestLocale } from '../../http/locale';
import { readChainForm, saveChainForm } from '../../chains/chain-form';
import { readChainProcess, saveChainProcess } from '../../chains/chain-process';

const tags = ['chains'];
const READERS = ['city-admin', 'county-admin'] as const;
const denied = { 401: errorResponse('not signed in'), 403: errorResponse('role not allowed') };

const readForm = createRoute({
  tags, method: 'get', path: '/chains/{id}/form', middleware: [allow(...READERS)] as const, summary: '主题表单 The chain form',
  description: 'The saved form (Formily JSON Schema), or the generated one (`generated: true`, revision 0) while none is saved; '
    + '`unplaced` lists merged field keys missing from the schema, `problems` what blocks publishing. `{id}` is the chain id or code. '
    + rolesDoc(...READERS),
  request: { params: idParams },
  responses: { 200: jsonResponse(chainFormSchema, 'form'), 404: errorResponse('not found'), ...denied },
});
const saveForm = createRoute({
  tags, method: 'put', path: '/chains/{id}/form', middleware: [allow(...READERS)] as const, summary: '保存主题表单 Save the chain form',
  description: 'Validates and saves the schema based on `revision` (stale → 409 `stale_revision`, nothing written). A component, property '
    + 'or expression that is not supported (every `{{ }}` must be FEEL) → 400 naming `schema.<path>`. Only the chain\'s own tenant writes '
    + '(city administrators for the city\'s chains; a county\'s own chain: its county administrator); only drafts. '
    + rolesDoc(...READERS),
  request: { params: idParams, ...jsonBody(chainFormSaveSchema) },
  responses: {
    200: jsonResponse(chainFormSchema, 'saved'), 400: errorResponse('unsupported schema (path names it)'), 404: errorResponse('not found'),
    409: errorResponse('stale revision / not a draft'), ...denied,
  },
});

const readProcess = createRoute({
  tags, method: 'get', path: '/chains/{id}/process', middleware: [allow(...READERS)] as const, summary: '主题流程 The chain process',
  description: 'The saved process (BPMN 2.0 XML with `yilian:` attributes and diagram interchange), or the one generated from the chain '
    + '(`generated: true`, revision 0) while none is saved; `lint` lists `{ elementId, rule, category, message }`. `{id}` is the chain id or code. '
    + rolesDoc(...READERS),
  request: { params: idParams },
  responses: { 200: jsonResponse(chainProcessSchema, 'process'), 404: errorResponse('not found'), ...denied },
});
const saveProcess = createRoute({
  tags, method: 'put', path: '/chains/{id}/process', middleware: [allow(...READERS)] as const, summary: '保存主题流程 Save the chain process',
  description: 'Saves any well-formed BPMN 2.0 based on `revision` (a draft may have lint errors; stale → 409 `stale_revision`) and answers '
    + 'its lint. Malformed XML, a DOCTYPE or entities, ids that are not XML names → 400 `invalid_bpmn` naming the reason; over 5 MiB → 413. '
    + rolesDoc(...READERS),
  request: { params: idParams, ...jsonBody(chainProcessSaveSchema) },
  responses: {
    200: jsonResponse(chainProcessSchema, 'saved'), 400: errorResponse('not BPMN 2.0 (reason named)'), 404: errorResponse('not found'),
    409: errorResponse('stale revision / not a draft'), 413: errorResponse('over 5 MiB'), ...denied,
  },
});

/** /api/chains/{id}/form and /process: the chain's documents. */
export function chainDocumentRoutes(deps: AppDeps) {
  const { db, clock } = deps;
  return newRouter()
    .openapi(readForm, async (c) => c.json(await readChainForm(db.read, authOf(c), c.req.valid('param').id), 200))
    .openapi(saveForm, async (c) => {
      const body = c.req.valid('json');
      return c.json(await saveChainForm(db, authOf(c), c.req.valid('param').id, body.schema, body.revision, clock.now()), 200);
    })
    .openapi(readProcess, async (c) => c.json(await readChainProcess(db.read, authOf(c), c.req.valid('param').id, requestLocale(c)), 200))
    .openapi(saveProcess, async (c) => {
      const body = c.req.valid('json');
      return c.json(await saveChainProcess(db, authOf(c), c.req.valid('param').id, body.xml, body.revision, clock.now(), requestLocale(c)), 200);
    });
}
