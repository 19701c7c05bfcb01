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

/** What is wrong at the first broken link of the audit chain. */
export const auditBreakKinds = ['altered_entry', 'missing_tail', 'missing_checkpoint', 'forged_checkpoint'] as const;
export type AuditBreakKind = (typeof auditBreakKinds)[number];

export const verifySchema = z.object({
  ok: z.boolean(),
  count: z.number().int().meta({ description: "entries verified (county users: their own tenant's entries)" }),
  brokenAt: z.number().int().optional().meta({ description: 'sequence of the first broken link' }),
  kind: z.enum(auditBreakKinds).optional().meta({ description: 'altered entry, missing tail, missing or forged checkpoint' }),
  reason: z.string().optional().meta({ description: 'finer cause, e.g. hash, truncated, not_in_file, bad_signature' }),
  checkpoints: z.number().int().optional().meta({ description: 'signed checkpoints found (database and file)' }),
  lastCheckpointSeq: z.number().int().nullable().optional(),
});
export type AuditVerification = z.infer<typeof verifySchema>;
