import { z } from '@hono/zod-openapi';
import { pagingQuery } from '../../http/openapi';
import { LOCAL_ELEMENTS } from '../../catalog/locked-elements';

export const matterListQuery = z.object({
  q: z.string().max(100).optional(),
  department: z.string().max(100).optional(),
  type: z.string().max(20).optional(),
  subject: z.string().max(20).optional(),
  ...pagingQuery,
});

export const matterRowSchema = z.object({
  code: z.string(), name: z.string(), department: z.string(), type: z.string(), subject: z.string(),
  currentVersion: z.number().int(), updatedAt: z.string(),
});

export const versionSchema = z.object({
  version: z.number().int(), source: z.enum(['import', 'edit']), note: z.string().nullable(), createdAt: z.string(), createdBy: z.string().nullable(),
});

export const localElementsSchema = z.object(Object.fromEntries(LOCAL_ELEMENTS.map((k) => [k, z.string().max(500).optional()])) as Record<(typeof LOCAL_ELEMENTS)[number], z.ZodOptional<z.ZodString>>).strict();

export const matterDetailSchema = z.object({
  code: z.string(),
  version: z.number().int(),
  matter: z.record(z.string(), z.unknown()),
  versions: z.array(versionSchema),
  local: localElementsSchema,
  departmentId: z.string().nullable(),
});

export const codeParams = z.object({ code: z.string().min(1).max(32) });
export const versionParams = codeParams.extend({ version: z.coerce.number().int().min(1) });

export const editMatterBody = z.object({
  matter: z.record(z.string(), z.unknown()),
  note: z.string().max(500).optional(),
});
