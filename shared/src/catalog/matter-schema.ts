/** Schema of a government service matter (政务服务事项) with its materials and fields. */
import { z } from 'zod';
import { fieldSchema } from './field-schema';
import { MATTER_TYPES, SUBJECTS } from './field-types';
import { checkMatterLists } from './matter-checks';
import { materialSchema } from './material-schema';
import { integerAtLeast, nonEmptyText, oneOfEnum, requiredOr } from './schema-messages';
import { visibleName } from '../api/names';

/** 事项编码: 12–14 letters or digits. */
export const MATTER_CODE = /^[0-9A-Za-z]{12,14}$/;

const matterCodeSchema = z
  .string({ error: requiredOr('必须为文本') })
  .regex(MATTER_CODE, { error: '事项编码必须为 12–14 位字母或数字' });

const listOf = <T extends z.ZodType>(item: T) => z.array(item, { error: requiredOr('必须为数组') });

/** A matter as exported from the 实施清单; unknown keys pass through. */
export const matterSchema = z
  .looseObject(
    {
      code: matterCodeSchema,
      name: visibleName(nonEmptyText()),
      department: nonEmptyText(),
      type: oneOfEnum(MATTER_TYPES),
      subject: oneOfEnum(SUBJECTS),
      legalBasis: nonEmptyText(),
      conditions: nonEmptyText(),
      legalLimitDays: integerAtLeast(0),
      promisedLimitDays: integerAtLeast(0),
      fee: nonEmptyText(),
      visits: integerAtLeast(0),
      steps: listOf(nonEmptyText()),
      result: nonEmptyText(),
      resultELicense: nonEmptyText().optional(),
      materials: listOf(materialSchema),
      fields: listOf(fieldSchema),
      dependsOn: listOf(matterCodeSchema),
    },
    { error: '事项必须为 JSON 对象' },
  )
  // Runs even when a sibling entry is malformed, so one import reports every error.
  .superRefine(checkMatterLists, { when: () => true });
