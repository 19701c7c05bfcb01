/** Field types and limits in words for administrators (no raw `text`, `idcard` or `maxLength 100`). */
import { FIELD_TYPES, type Field, type FieldType } from '@yilian/shared';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The i18n key of a field type's name; an unknown type is shown as it is. */
export const fieldTypeKey = (type: string): string =>
  (FIELD_TYPES as readonly string[]).includes(type) ? `domain.fieldTypes.${type as FieldType}` : type;

/** A field type's name in the UI language. */
export const fieldTypeText = (type: string, t: Translate): string => t(fieldTypeKey(type));

const LIMITS = ['min', 'max', 'maxLength', 'pattern'] as const;

/** A field's limits in words, e.g. `最小值 0，最多 50 个字`; '' when it has none. */
export function constraintText(field: Pick<Field, 'min' | 'max' | 'maxLength' | 'pattern'>, t: Translate): string {
  return LIMITS.filter((limit) => field[limit] !== undefined)
    .map((limit) => t(`domain.constraints.${limit}`, { value: field[limit] }))
    .join(t('domain.constraints.separator'));
}
