import { z } from '@hono/zod-openapi';
import { FORBIDDEN_KEY_MESSAGE, forbiddenSegment } from '@yilian/shared';

const conflictDecision = z.object({
  key: z.string().min(1),
  resolution: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('pick'), matterCode: z.string().min(1) }),
    z.object({ kind: z.literal('rename'), matterCode: z.string().min(1), newKey: z.string().regex(/^[A-Za-z][A-Za-z0-9_.]*$/, '字段键只能包含字母、数字、下划线和点').refine((k) => forbiddenSegment(k) === undefined, FORBIDDEN_KEY_MESSAGE) }),
  ]),
});

/** Administrators' conflict resolutions and suggestion decisions, stored with the chain. */
export const chainDecisionsSchema = z.object({
  conflicts: z.array(conflictDecision).optional(),
  suggestions: z.array(z.object({ keys: z.tuple([z.string().min(1), z.string().min(1)]), accepted: z.boolean() })).optional(),
}).strict();
