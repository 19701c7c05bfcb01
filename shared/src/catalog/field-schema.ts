/** Schema of a form field (and of a data element, 数据元): one definition per key. */
import { z } from 'zod';
import { dataKey } from './key-schema';
import { FIELD_TYPES, OPTION_FIELD_TYPES } from './field-types';
import { fieldPatternProblem } from './field-pattern';
import { integerAtLeast, nonEmptyText, oneOfEnum, optionalText } from './schema-messages';

const optionalNumber = () =>
  z.number({ error: '必须为数字' }).refine(Number.isFinite, { error: '必须为有限数字' }).optional();

/** A field; a `table` field lists its row's fields in `columns`. Unknown keys pass through. */
export const fieldSchema = z
  .looseObject(
    {
      key: dataKey(),
      label: nonEmptyText(),
      type: oneOfEnum(FIELD_TYPES),
      required: z.boolean({ error: '必须为 true 或 false' }).optional(),
      options: z.array(nonEmptyText(), { error: '必须为文本数组' }).optional(),
      min: optionalNumber(),
      max: optionalNumber(),
      // Compiles and cannot backtrack catastrophically (never evaluated on any input here).
      pattern: z
        .string({ error: '必须为文本' })
        .superRefine((pattern, ctx) => {
          const problem = fieldPatternProblem(pattern);
          if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
        })
        .optional(),
      maxLength: integerAtLeast(1).optional(),
      placeholder: optionalText(),
      help: optionalText(),
      get columns(): z.ZodOptional<z.ZodArray<typeof fieldSchema>> {
        return z.array(fieldSchema, { error: 'columns 必须为数组' }).optional();
      },
    },
    { error: '字段必须为 JSON 对象' },
  )
  // Definition checks run once the field itself is well-formed (zod skips them otherwise).
  .superRefine((field, ctx) => {
    const hasOptions = field.options !== undefined && field.options.length > 0;
    if (OPTION_FIELD_TYPES.includes(field.type) && !hasOptions) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `${field.type} 字段必须提供 options` });
    }
    const hasColumns = field.columns !== undefined && field.columns.length > 0;
    if (field.type === 'table' && !hasColumns) {
      ctx.addIssue({ code: 'custom', path: ['columns'], message: 'table 字段必须提供 columns' });
    }
    if (field.type !== 'table' && field.columns !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['columns'], message: 'columns 仅用于 table 字段' });
    }
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: `min（${field.min}）不能大于 max（${field.max}）` });
    }
    const seen = new Map<string, number>();
    field.columns?.forEach((column, index) => {
      if (column.type === 'table') {
        ctx.addIssue({ code: 'custom', path: ['columns', index, 'type'], message: '表格列不能再是 table' });
      }
      const first = seen.get(column.key);
      if (first === undefined) seen.set(column.key, index);
      else {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', index, 'key'],
          message: `列 ${column.key} 重复（与 columns[${first}] 相同）`,
        });
      }
    });
  });

/** A data element (数据元): the shared definition of a field key, in the field format. */
export const dataElementSchema = fieldSchema;
