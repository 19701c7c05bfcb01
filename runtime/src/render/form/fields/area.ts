/** An area, in the unit of its `unit` prop (㎡ by default), two decimals at most. */
import type { FormSchemaNode } from '@yilian/shared';
import { defineField } from '../field-config';
import { numberValue } from '../field-values';
import NumberInput from '../inputs/NumberInput.vue';

const unitOf = (node: FormSchemaNode): string => {
  const unit = node['x-component-props']?.unit;
  return typeof unit === 'string' && unit !== '' ? unit : '㎡';
};

export const areaField = defineField({
  type: 'area',
  emptyValue: undefined,
  component: NumberInput,
  label: 'for',
  toValue: (input) => numberValue(input, 2),
  format: (value, { node }) => (typeof value === 'number' ? `${value} ${unitOf(node)}` : ''),
  unit: unitOf,
});
