import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, jsonResponse } from '../../http/openapi';
import { verifyAuditFor } from '../../audit/verify-audit';
import { auditPageFor } from '../../audit/query';
import { auditListQuery, auditListSchema, verifySchema } from '@yilian/shared';
import { toAuditItem } from './audit-item';

const ROLES = ['city-admin', 'county-admin', 'supervisor'] as const;
const tags = ['audit'];
const denied = { 401: errorResponse('not signed in'), 403: errorResponse('role not allowed') };

const list = createRoute({
  tags, middleware: [allow(...ROLES)] as const, method: 'get', path: '/audit', summary: '审计日志 Audit log',
  description: `Newest first. City admins and city supervisors see every tenant; others only their own tenant's entries. ${rolesDoc(...ROLES)}`,
  request: { query: auditListQuery },
  responses: { 200: jsonResponse(auditListSchema, 'one page'), 400: errorResponse('invalid query'), ...denied },
});
const verify = createRoute({
  tags, middleware: [allow(...ROLES)] as const, method: 'get', path: '/audit/verify', summary: '校验审计链 Verify the audit chain',
  description: `Walks the whole hash chain in chunks against its signed checkpoints (database and checkpoint file) and reports the first broken link and its kind: altered entry, missing tail, missing or forged checkpoint. County users get the count of their own tenant's entries. ${rolesDoc(...ROLES)}`,
  responses: { 200: jsonResponse(verifySchema, 'result'), ...denied },
});

/** /api/audit: the hash-chained audit log. */
export function auditRoutes(deps: AppDeps) {
  const { db } = deps;
  return newRouter()
    .openapi(list, async (c) => {
      const { rows, total } = await auditPageFor(db.read, authOf(c).user, c.req.valid('query'));
      return c.json({ items: rows.map(toAuditItem), total }, 200);
    })
    .openapi(verify, async (c) => c.json(await verifyAuditFor(db.read, deps.audit, authOf(c).user), 200));
}
