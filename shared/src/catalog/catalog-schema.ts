/** Schema of a whole `yilian.catalog/v1` file. */
import { z } from 'zod';
import { chainRecipeSchema } from './chain-schema';
import { checkCatalogReferences } from './catalog-references';
import { dataElementSchema } from './field-schema';
import { matterSchema } from './matter-schema';
import { requiredOr } from './schema-messages';

/** The format identifier of this file format. */
export const CATALOG_FORMAT = 'yilian.catalog/v1';

/** A catalog file; unknown keys at every level pass through and are exported again. */
export const catalogSchema = z
  .looseObject(
    {
      format: z.literal(CATALOG_FORMAT, { error: requiredOr(`format 必须为 "${CATALOG_FORMAT}"`) }),
      dataElements: z.array(dataElementSchema, { error: 'dataElements 必须为数组' }).optional(),
      matters: z.array(matterSchema, { error: requiredOr('matters 必须为数组') }),
      chains: z.array(chainRecipeSchema, { error: 'chains 必须为数组' }).optional(),
    },
    { error: '事项目录文件必须为 JSON 对象' },
  )
  // Checks across matters and chains; they run even when some entry is malformed.
  .superRefine(checkCatalogReferences, { when: () => true });
