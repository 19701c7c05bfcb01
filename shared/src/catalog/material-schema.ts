/** Schema of an application material (申请材料) of a matter. */
import { z } from 'zod';
import { MATERIAL_FORMS, SOURCE_LEVELS } from './field-types';
import { flag, integerAtLeast, nonEmptyText, oneOfEnum } from './schema-messages';

/** A material; the same `code` means the same document everywhere. Unknown keys pass through. */
export const materialSchema = z.looseObject(
  {
    code: nonEmptyText(),
    name: nonEmptyText(),
    required: flag(),
    rongqueAllowed: flag(),
    commitmentAllowed: flag(),
    sourceLevel: oneOfEnum(SOURCE_LEVELS),
    eLicenseType: nonEmptyText().optional(),
    copies: integerAtLeast(1),
    form: oneOfEnum(MATERIAL_FORMS),
  },
  { error: '材料必须为 JSON 对象' },
);
