/**
 * What makes two definitions of one field key different (catalog-format.md "Conflicts"): the type,
 * the option set (order-insensitive), the table columns, or any of min/max/maxLength/pattern.
 * Labels, `required`, placeholder and help never make a difference.
 */
import type { Field } from './types';

/** An aspect in which variants of one key can disagree, most severe first. */
export type DefinitionAspect = 'type' | 'options' | 'columns' | 'constraints';

/** Every aspect, most severe first. */
export const DEFINITION_ASPECTS: readonly DefinitionAspect[] = ['type', 'options', 'columns', 'constraints'];

/** zh-CN wording of each aspect. */
export const DEFINITION_ASPECT_TEXT: Readonly<Record<DefinitionAspect, string>> = {
  type: '类型不同',
  options: '选项集合不同',
  columns: '表格列不同',
  constraints: '取值范围、长度或格式要求不同',
};

const optionSet = (field: Field): string[] => [...new Set(field.options ?? [])].sort();

const constraints = (field: Field) =>
  [field.min ?? null, field.max ?? null, field.maxLength ?? null, field.pattern ?? null] as const;

/**
 * Columns compare as a set keyed by column key; each column by the same aspects as a field
 * (column order, labels and `required` do not count, as for fields).
 */
const columnSet = (field: Field): string[] =>
  (field.columns ?? [])
    .map((column) => JSON.stringify([column.key, column.type, optionSet(column), constraints(column)]))
    .sort();

/** A canonical text of one aspect: equal texts mean the definitions agree on it. */
export function aspectSignature(field: Field, aspect: DefinitionAspect): string {
  switch (aspect) {
    case 'type':
      return field.type;
    case 'options':
      return JSON.stringify(optionSet(field));
    case 'columns':
      return JSON.stringify(columnSet(field));
    case 'constraints':
      return JSON.stringify(constraints(field));
  }
}

/** The aspects in which the given definitions do not all agree, most severe first. */
export function differingAspects(fields: readonly Field[]): DefinitionAspect[] {
  if (fields.length < 2) return [];
  return DEFINITION_ASPECTS.filter(
    (aspect) => new Set(fields.map((field) => aspectSignature(field, aspect))).size > 1,
  );
}
