/** API contract of /api/audit: the hash-chained audit log. */
import { z } from 'zod';
import { pagingQuery } from './common';

export const auditListQuery = z.object({
  action: z.string().trim().max(64).optional().meta({ description: 'exact action, e.g. user.create' }),
  ...pagingQuery,
});
/** The query as a client sends it (page and pageSize given). */
export type AuditQuery = z.infer<typeof auditListQuery>;

export const auditItemSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  tenantId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditItem = z.infer<typeof auditItemSchema>;

export const auditListSchema = z.object({ items: z.array(auditItemSchema), total: z.number().int() });
export type AuditPage = z.infer<typeof auditListSchema>;

export const verifySchema = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  brokenAt: z.number().int().optional(),
  reason: z.string().optional(),
});
export type AuditVerification = z.infer<typeof verifySchema>;
