import { z } from '@hono/zod-openapi';

export const catalogDocument = z.record(z.string(), z.unknown()).openapi('CatalogDocument', {
  description: 'A `yilian.catalog/v1` document (see catalog-format.md); unknown keys are kept.',
});

export const importReportSchema = z.object({
  added: z.array(z.string()),
  changed: z.array(z.string()),
  unchanged: z.array(z.string()),
  chainsCreated: z.array(z.string()),
  chainsExisting: z.array(z.string()),
  departmentsCreated: z.array(z.string()),
  dataElements: z.object({ added: z.array(z.string()), updated: z.array(z.string()), unchanged: z.array(z.string()) }),
  warnings: z.array(z.object({ path: z.string(), message: z.string() })),
});

export const checkSchema = z.object({
  kind: z.string(),
  message: z.string(),
  matterCodes: z.array(z.string()),
  key: z.string().optional(),
  code: z.string().optional(),
});
