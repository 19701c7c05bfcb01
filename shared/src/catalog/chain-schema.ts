/** Schema of a chain recipe (一链办理主题): the matters, situations and ordering of a chain. */
import { z } from 'zod';
import { dataKey } from './key-schema';
import { checkChainReferences } from './chain-checks';
import { FIELD_TYPES, OPTION_FIELD_TYPES, SUBJECTS } from './field-types';
import { nonEmptyText, oneOfEnum, requiredOr } from './schema-messages';
import { visibleName } from '../api/names';

/** A situation (情形) asked before the form; its answer decides which matters apply. */
export const situationSchema = z
  .looseObject(
    {
      key: dataKey(),
      question: nonEmptyText(),
      type: oneOfEnum(FIELD_TYPES),
      options: z.array(nonEmptyText(), { error: '必须为文本数组' }).optional(),
    },
    { error: '情形必须为 JSON 对象' },
  )
  .superRefine((situation, ctx) => {
    const hasOptions = situation.options !== undefined && situation.options.length > 0;
    if (OPTION_FIELD_TYPES.includes(situation.type) && !hasOptions) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `${situation.type} 情形必须提供 options` });
    }
  });

/** A chain recipe; `applicability` holds FEEL conditions by matter code (absent = always). */
export const chainRecipeSchema = z
  .looseObject(
    {
      code: nonEmptyText(),
      name: visibleName(nonEmptyText()),
      subject: oneOfEnum(SUBJECTS),
      matters: z
        .array(nonEmptyText(), { error: requiredOr('必须为数组') })
        .min(1, { error: '至少包含一个事项' }),
      situations: z.array(situationSchema, { error: requiredOr('必须为数组') }),
      applicability: z
        .record(z.string(), nonEmptyText(), { error: '必须为对象（事项编码 → FEEL 条件）' })
        .optional(),
      dependsOn: z
        .record(z.string(), z.array(nonEmptyText(), { error: '必须为数组' }), {
          error: '必须为对象（事项编码 → 前置事项编码）',
        })
        .optional(),
    },
    { error: '链条必须为 JSON 对象' },
  )
  // References must name the recipe's own matters; runs even when a sibling entry is malformed.
  .superRefine(checkChainReferences, { when: () => true });
