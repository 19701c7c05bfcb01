/** One catalog field definition as a form schema node. */
import type { Field } from '../catalog';
import { FIELD_JSON_TYPES } from './field-kinds';
import type { FormSchemaNode, FormValidator } from './form-schema';

/** The validator of a definition's limits; undefined when it has none. */
function validatorOf(field: Field): FormValidator | undefined {
  const v: FormValidator = {};
  if (field.pattern !== undefined) v.pattern = field.pattern;
  if (field.min !== undefined) v.minimum = field.min;
  if (field.max !== undefined) v.maximum = field.max;
  if (field.maxLength !== undefined) v.maxLength = field.maxLength;
  return Object.keys(v).length > 0 ? v : undefined;
}

/** The schema node of a field definition (label, help, options, limits; table columns as its row). */
export function fieldNode(field: Field): FormSchemaNode {
  const node: FormSchemaNode = {
    type: FIELD_JSON_TYPES[field.type],
    title: field.label,
    'x-decorator': 'FormItem',
    'x-component': field.type,
  };
  if (field.required) node.required = true;
  if (field.help) node.description = field.help;
  if (field.options) node.enum = field.options.map((option) => ({ label: option, value: option }));
  if (field.placeholder) node['x-component-props'] = { placeholder: field.placeholder };
  const validator = validatorOf(field);
  if (validator) node['x-validator'] = validator;
  if (field.type === 'table' && field.columns) {
    node.items = { type: 'object', properties: Object.fromEntries(field.columns.map((column) => [column.key, fieldNode(column)])) };
  }
  return node;
}
