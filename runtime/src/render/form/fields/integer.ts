/** A whole number. */
import { defineField, plainText } from '../field-config';
import { numberValue } from '../field-values';
import NumberInput from '../inputs/NumberInput.vue';

export const integerField = defineField({
  type: 'integer',
  emptyValue: undefined,
  component: NumberInput,
  label: 'for',
  toValue: (input) => numberValue(input, 0),
  format: plainText,
});
