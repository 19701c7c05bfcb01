/** Types of the `yilian.catalog/v1` format, inferred from its schemas (unknown keys included). */
import type { z } from 'zod';
import type { catalogSchema } from './catalog-schema';
import type { chainRecipeSchema, situationSchema } from './chain-schema';
import type { dataElementSchema, fieldSchema } from './field-schema';
import type { materialSchema } from './material-schema';
import type { matterSchema } from './matter-schema';

export type Catalog = z.infer<typeof catalogSchema>;
export type Matter = z.infer<typeof matterSchema>;
export type Material = z.infer<typeof materialSchema>;
export type Field = z.infer<typeof fieldSchema>;
export type DataElement = z.infer<typeof dataElementSchema>;
export type ChainRecipe = z.infer<typeof chainRecipeSchema>;
export type Situation = z.infer<typeof situationSchema>;

/** A problem found in a file, at a JSON path such as `matters[3].materials[1].code`. */
export interface CatalogIssue {
  path: string;
  message: string;
}

/** Result of parsing a catalog file: the value with warnings, or every error found. */
export type CatalogParseResult =
  | { ok: true; value: Catalog; warnings: CatalogIssue[] }
  | { ok: false; errors: CatalogIssue[] };
