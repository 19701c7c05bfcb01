/** A number, with the decimals of its `precision` prop (any when absent). */
import { defineField, plainText } from '../field-config';
import { numberValue } from '../field-values';
import NumberInput from '../inputs/NumberInput.vue';

export const numberField = defineField({
  type: 'number',
  emptyValue: undefined,
  component: NumberInput,
  label: 'for',
  toValue: (input, node) => {
    const precision = node['x-component-props']?.precision;
    return numberValue(input, typeof precision === 'number' ? precision : undefined);
  },
  format: plainText,
});
