/** The closed vocabularies of `yilian.catalog/v1` (catalog-format.md). */

/** Field `type` values; `table` holds its row's fields in `columns`. */
export const FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'integer',
  'date',
  'datetime',
  'select',
  'multiselect',
  'boolean',
  'idcard',
  'uscc',
  'mobile',
  'email',
  'address',
  'area',
  'money',
  'file',
  'table',
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

/** Field types that must carry `options`. */
export const OPTION_FIELD_TYPES: readonly FieldType[] = ['select', 'multiselect'];

/** Matter types (事项类型). */
export const MATTER_TYPES = ['行政许可', '行政确认', '行政给付', '行政备案', '公共服务', '其他'] as const;

/** Who may apply: natural persons, legal persons, or both. */
export const SUBJECTS = ['个人', '法人', '个人,法人'] as const;

/** Material trust levels, domain.md §10: A authority-issued with e-seal … D made by the user. */
export const SOURCE_LEVELS = ['A', 'B', 'C', 'D'] as const;

/** How a material is handed in. */
export const MATERIAL_FORMS = ['electronic', 'original', 'copy'] as const;

export type SourceLevel = (typeof SOURCE_LEVELS)[number];
export type MaterialForm = (typeof MATERIAL_FORMS)[number];
