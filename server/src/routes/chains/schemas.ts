import { z } from '@hono/zod-openapi';
import { chainDecisionsSchema } from '../../chains/decisions-schema';

export const previewBody = z.object({
  matterCodes: z.array(z.string().min(1)).min(1, '至少选择一个事项').max(200).superRefine((codes, ctx) => {
    codes.forEach((code, index) => {
      if (codes.indexOf(code) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `事项 ${code} 重复（与 matterCodes[${codes.indexOf(code)}] 相同）` });
    });
  }),
  chainCode: z.string().min(1).optional(),
  answers: z.record(z.string(), z.unknown()).optional()
    .openapi({ description: 'Situation answers by situation key; checked against the situations (unknown key or wrong type → 400 naming `answers.<key>`)' }),
  situations: z.array(z.record(z.string(), z.unknown())).max(200).optional()
    .openapi({ description: 'The situations of the recipe being composed (default: the resolved chain\'s)' }),
}).strict();

const fieldOut = z.object({ key: z.string(), label: z.string(), type: z.string(), required: z.boolean(), sources: z.array(z.string()) });
const materialOut = z.object({
  code: z.string(), name: z.string(), requiredBy: z.array(z.string()), rongqueAllowed: z.boolean(), commitmentAllowed: z.boolean(),
  required: z.boolean(), askApplicant: z.boolean(), eLicenseCandidate: z.boolean(), producedBy: z.string().optional(),
});
const figures = z.object({ steps: z.number(), materials: z.number(), fields: z.number(), days: z.number(), visits: z.number() });

export const compositionSchema = z.object({
  chainCode: z.string().nullable(),
  matterCodes: z.array(z.string()),
  excludedMatterCodes: z.array(z.string()),
  fields: z.array(fieldOut),
  materials: z.array(materialOut),
  conflicts: z.array(z.object({ key: z.string(), reason: z.string(), message: z.string() })),
  suggestions: z.array(z.object({ keys: z.array(z.string()), labels: z.array(z.string()), status: z.string() })),
  stages: z.array(z.array(z.string())),
  metrics: z.object({ before: figures, after: figures, legal: z.object({ days: z.number(), uncapped: z.number(), exceeds45: z.boolean() }) }).nullable(),
  deadline: z.unknown(),
  publishable: z.boolean(),
  blockers: z.array(z.string()),
  problems: z.array(z.object({ source: z.string(), message: z.string() })),
}).openapi('ChainComposition');

export const chainSchema = z.object({
  id: z.string(), code: z.string(), name: z.string(), subject: z.string(), status: z.string(),
  recipe: z.record(z.string(), z.unknown()), decisions: chainDecisionsSchema,
  revision: z.number().int().openapi({ description: '0 when created; every save adds 1' }),
  updatedAt: z.string(), updatedBy: z.string().nullable(),
});

export const chainListItem = chainSchema.omit({ recipe: true, decisions: true }).extend({
  matterCount: z.number().int(), publishable: z.boolean(), blockers: z.array(z.string()),
});

export const chainBody = z.object({
  recipe: z.record(z.string(), z.unknown()).openapi({ description: 'A chain recipe as in yilian.catalog/v1 chains[]' }),
  decisions: chainDecisionsSchema.default({}),
}).strict();

/** PUT /api/chains/{id}: the same body, and optionally the revision the edit is based on. */
export const chainUpdateBody = chainBody.extend({
  revision: z.number({ error: '版本必须为整数' }).int('版本必须为整数').min(0, '版本不能为负').optional()
    .openapi({ description: 'The chain revision this edit is based on (as read); a stale one is refused with 409 stale_revision' }),
}).strict();
