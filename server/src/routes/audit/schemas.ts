import { z } from '@hono/zod-openapi';
import { pagingQuery } from '../../http/openapi';

export const auditListQuery = z.object({
  action: z.string().trim().max(64).optional().openapi({ description: 'exact action, e.g. user.create' }),
  ...pagingQuery,
});

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

export const auditListSchema = z.object({ items: z.array(auditItemSchema), total: z.number().int() });

export const verifySchema = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  brokenAt: z.number().int().optional(),
  reason: z.string().optional(),
});
