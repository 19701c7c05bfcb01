import { createRoute } from '@hono/zod-openapi';
import {
  chainBody, chainDetailSchema, chainListSchema, chainSchema, chainUpdateBody, checklistBody, checklistSchema, compositionSchema, previewBody,
  serviceGuideSchema,
} from '@yilian/shared';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, idParams, jsonBody, jsonResponse } from '../../http/openapi';
import { previewChain } from '../../chains/preview';
import { getChain } from '../../chains/chain-queries';
import { chainDetail } from '../../chains/chain-views';
import { chainList } from '../../chains/chain-list';
import { createChain, deleteChain, updateChain } from '../../chains/chain-commands';
import { chainChecklist, chainGuide } from '../../chains/guide';

const tags = ['chains'];
const READERS = ['city-admin', 'county-admin'] as const;
const denied = { 401: errorResponse('not signed in'), 403: errorResponse('role not allowed') };

const preview = createRoute({
  tags, method: 'post', path: '/chains/preview', middleware: [allow(...READERS)] as const, summary: '合并预览 Preview a chain',
  description: `Merged fields, materials, conflicts, suggestions, stages and 四减 figures of the given matters. Ordering, applicability and decisions come from \`chainCode\`, else from an imported recipe with exactly these matters. Without \`answers\` every matter applies. ${rolesDoc(...READERS)}`,
  request: jsonBody(previewBody),
  responses: { 200: jsonResponse(compositionSchema, 'composition'), 400: errorResponse('unknown matter code (path names it)'), ...denied },
});
const list = createRoute({
  tags, method: 'get', path: '/chains', middleware: [allow(...READERS)] as const, summary: '主题列表 List chains',
  description: rolesDoc(...READERS),
  responses: { 200: jsonResponse(chainListSchema, 'chains'), ...denied },
});
const detail = createRoute({
  tags, method: 'get', path: '/chains/{id}', middleware: [allow(...READERS)] as const, summary: '主题详情 Chain with its composition',
  description: rolesDoc(...READERS),
  request: { params: idParams },
  responses: { 200: jsonResponse(chainDetailSchema, 'chain'), 404: errorResponse('not found'), ...denied },
});
const create = createRoute({
  tags, method: 'post', path: '/chains', middleware: [allow('city-admin')] as const, summary: '新建主题 Create a chain',
  description: `From a recipe (copied from another chain or built from selected matters); a draft. ${rolesDoc('city-admin')}`,
  request: jsonBody(chainBody),
  responses: { 201: jsonResponse(chainSchema, 'created'), 400: errorResponse('invalid recipe'), 409: errorResponse('code taken'), ...denied },
});
const update = createRoute({
  tags, method: 'put', path: '/chains/{id}', middleware: [allow('city-admin')] as const, summary: '保存主题 Save a draft chain',
  description: 'Name, code, subject, matters, situations, applicability (FEEL, checked), ordering and merge decisions. '
    + 'Each save increments `revision`; send the revision the edit is based on to have a stale save refused (409 `stale_revision`, path `revision`, nothing written). '
    + rolesDoc('city-admin'),
  request: { params: idParams, ...jsonBody(chainUpdateBody) },
  responses: { 200: jsonResponse(chainSchema, 'saved'), 400: errorResponse('invalid recipe'), 404: errorResponse('not found'), 409: errorResponse('not a draft / code taken / stale revision'), ...denied },
});
const remove = createRoute({
  tags, method: 'delete', path: '/chains/{id}', middleware: [allow('city-admin')] as const, summary: '删除草稿 Delete a draft chain',
  description: rolesDoc('city-admin'),
  request: { params: idParams },
  responses: { 204: { description: 'deleted' }, 404: errorResponse('not found'), 409: errorResponse('not a draft'), ...denied },
});

const guide = createRoute({
  tags, method: 'get', path: '/chains/{id}/guide', middleware: [allow(...READERS)] as const, summary: '办事指南预览 Service guide (draft preview)',
  description: `Every standard element of the chain and each matter, the merged material list, stages, deadline, fees, visits; the acting tenant's window. ${rolesDoc(...READERS)}`,
  request: { params: idParams },
  responses: { 200: jsonResponse(serviceGuideSchema, 'guide'), 404: errorResponse('not found'), ...denied },
});
const checklist = createRoute({
  tags, method: 'post', path: '/chains/{id}/checklist', middleware: [allow(...READERS)] as const, summary: '一次告知 Checklist for answers',
  description: `Exactly the materials and fields an applicant needs for the given situation answers. ${rolesDoc(...READERS)}`,
  request: { params: idParams, ...jsonBody(checklistBody) },
  responses: { 200: jsonResponse(checklistSchema, 'checklist'), 404: errorResponse('not found'), ...denied },
});

/** /api/chains: preview, list, read, create, save and delete chains. */
export function chainRoutes(deps: AppDeps) {
  const { db, clock } = deps;
  return newRouter()
    .openapi(preview, async (c) => c.json(await previewChain(db.read, c.req.valid('json')), 200))
    .openapi(list, async (c) => c.json({ items: await chainList(db) }, 200))
    .openapi(detail, async (c) => c.json(await chainDetail(db.read, c.req.valid('param').id), 200))
    .openapi(create, async (c) => {
      const body = c.req.valid('json');
      return c.json(await createChain(db, authOf(c), body.recipe, body.decisions, clock.now()), 201);
    })
    .openapi(update, async (c) => c.json(await updateChain(db, authOf(c), c.req.valid('param').id, c.req.valid('json'), clock.now()), 200))
    .openapi(guide, async (c) => {
      const chain = await getChain(db.read, c.req.valid('param').id);
      return c.json(await chainGuide(db.read, chain, authOf(c).tenantId, deps.config.publicUrl ?? ''), 200);
    })
    .openapi(checklist, async (c) => {
      const chain = await getChain(db.read, c.req.valid('param').id);
      return c.json(await chainChecklist(db.read, chain, authOf(c).tenantId, c.req.valid('json').answers), 200);
    })
    .openapi(remove, async (c) => {
      await deleteChain(db, authOf(c), c.req.valid('param').id, clock.now());
      return c.body(null, 204);
    });
}
