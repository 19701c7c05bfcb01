/** API contract of /api/matters: browse, read, edit (versioned) and localise catalog matters. */
import { z } from 'zod';
import { pagingQuery } from './common';
import { catalogMatterSchema } from './catalog';

export const matterListQuery = z.object({
  q: z.string().max(100).optional(),
  department: z.string().max(100).optional(),
  type: z.string().max(20).optional(),
  subject: z.string().max(20).optional(),
  ...pagingQuery,
});
/** The query as a client sends it (page and pageSize given). */
export type MatterQuery = z.infer<typeof matterListQuery>;

/** One row of GET /api/matters. */
export const matterRowSchema = z.object({
  code: z.string(), name: z.string(), department: z.string(), type: z.string(), subject: z.string(),
  currentVersion: z.number().int(), updatedAt: z.string(),
});
export type MatterRow = z.infer<typeof matterRowSchema>;

/** A page of matters plus every department of the catalog (for the filter). */
export const matterPageSchema = z.object({ items: z.array(matterRowSchema), total: z.number().int(), departments: z.array(z.string()) });
export type MatterPage = z.infer<typeof matterPageSchema>;

/** One entry of a matter's version history, newest first. */
export const versionSchema = z.object({
  version: z.number().int(), source: z.enum(['import', 'edit']), note: z.string().nullable(), createdAt: z.string(), createdBy: z.string().nullable(),
});
export type MatterVersionInfo = z.infer<typeof versionSchema>;

/** Local elements a county or zone sets for its own window (never standard elements). */
export const LOCAL_ELEMENTS = ['office', 'address', 'phone', 'hours', 'window', 'notes'] as const;
export type LocalElement = (typeof LOCAL_ELEMENTS)[number];

export const localElementsSchema = z.strictObject({
  office: z.string().max(500).optional(),
  address: z.string().max(500).optional(),
  phone: z.string().max(500).optional(),
  hours: z.string().max(500).optional(),
  window: z.string().max(500).optional(),
  notes: z.string().max(500).optional(),
} satisfies Record<LocalElement, z.ZodType>);
export type LocalElements = z.infer<typeof localElementsSchema>;

/** GET /api/matters/{code}: the current version, its history and the acting tenant's local elements. */
export const matterDetailSchema = z.object({
  code: z.string(),
  version: z.number().int(),
  matter: catalogMatterSchema,
  versions: z.array(versionSchema),
  local: localElementsSchema,
  departmentId: z.string().nullable(),
});
export type MatterDetail = z.infer<typeof matterDetailSchema>;

/** GET /api/matters/{code}/versions/{version}. */
export const matterVersionSchema = z.object({ code: z.string(), version: z.number().int(), matter: catalogMatterSchema });
export type MatterVersion = z.infer<typeof matterVersionSchema>;

export const codeParams = z.object({ code: z.string().min(1).max(32) });
export const versionParams = codeParams.extend({ version: z.coerce.number().int().min(1) });

/** PUT /api/matters/{code}: the matter is checked in depth by the service (every error with its path). */
export const editMatterBody = z.object({
  matter: z.record(z.string(), z.unknown()),
  note: z.string().max(500).optional(),
});

/** The saved version and the top-level keys that changed ([] = nothing saved). */
export const matterSaveResultSchema = z.object({ version: z.number().int(), changed: z.array(z.string()) });
export type MatterSaveResult = z.infer<typeof matterSaveResultSchema>;
