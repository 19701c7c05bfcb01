import { createRoute } from '@hono/zod-openapi';
import { chainFormSaveSchema, chainFormSchema } from '@yilian/shared';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, idParams, jsonBody, jsonResponse } from '../../http/openapi';
import { readChainForm, saveChainForm } from '../../chains/chain-form';

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

/** /api/chains/{id}/form (and, with the process designer, /process): the chain's documents. */
export function chainDocumentRoutes(deps: AppDeps) {
  const { db, clock } = deps;
  return newRouter()
    .openapi(readForm, (c) => c.json(readChainForm(db, authOf(c), c.req.valid('param').id), 200))
    .openapi(saveForm, (c) => {
      const body = c.req.valid('json');
      return c.json(saveChainForm(db, authOf(c), c.req.valid('param').id, body.schema, body.revision, clock.now()), 200);
    });
}
