/** API contract of /api/catalog: import, export and checks of the matter catalog. */
import { z } from 'zod';
import { chainRecipeSchema, fieldSchema, matterSchema } from '../catalog';
import { messageParamsSchema } from './common';

// The catalog format's own schemas, named once: a field's `columns` are fields again (recursive).
z.globalRegistry.add(fieldSchema, { id: 'CatalogField', description: 'A form field or data element (数据元) of yilian.catalog/v1' });

/** A matter of the catalog (yilian.catalog/v1 `matters[]`); unknown keys are kept. */
export const catalogMatterSchema = matterSchema.meta({ id: 'Matter', description: 'A matter as in yilian.catalog/v1 matters[]' });

/** A chain recipe (yilian.catalog/v1 `chains[]`); unknown keys are kept. */
export const chainRecipeContractSchema = chainRecipeSchema.meta({ id: 'ChainRecipe', description: 'A chain recipe as in yilian.catalog/v1 chains[]' });

/** A data element (数据元): the shared definition of a field key. */
export const dataElementContractSchema = fieldSchema;

/** The whole file: checked in depth by the import itself (every error with its JSON path). */
export const catalogDocument = z.record(z.string(), z.unknown()).meta({
  id: 'CatalogDocument',
  description: 'A `yilian.catalog/v1` document (see catalog-format.md); unknown keys are kept.',
});
export type CatalogDocument = z.infer<typeof catalogDocument>;

export const catalogExportQuery = z.object({ chain: z.string().optional() });

/** A problem found in a file, at a JSON path such as `matters[3].materials[1].code`. */
export const catalogIssueSchema = z.object({ path: z.string(), message: z.string() });

/** POST /api/catalog/import's report. */
export const importReportSchema = z.object({
  added: z.array(z.string()),
  changed: z.array(z.string()),
  unchanged: z.array(z.string()),
  chainsCreated: z.array(z.string()),
  chainsExisting: z.array(z.string()),
  departmentsCreated: z.array(z.string()),
  dataElements: z.object({ added: z.array(z.string()), updated: z.array(z.string()), unchanged: z.array(z.string()) }),
  warnings: z.array(catalogIssueSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** One catalog check finding: `kind` is its code, `params` its values, `message` the zh-CN text. */
export const catalogFindingSchema = z.object({
  kind: z.enum(['field-definition', 'data-element-definition', 'material-name', 'promised-exceeds-legal', 'fee-wording']),
  message: z.string(),
  matterCodes: z.array(z.string()),
  key: z.string().optional(),
  code: z.string().optional().meta({ description: 'the material code a material-name finding is about' }),
  params: messageParamsSchema,
});

export const catalogChecksSchema = z.object({ items: z.array(catalogFindingSchema) });
