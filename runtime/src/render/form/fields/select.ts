/** One of the options; the value is the option's string. */
import { defineField } from '../field-config';
import { selectValue } from '../field-values';
import { optionLabel } from '../form-texts';
import SelectInput from '../inputs/SelectInput.vue';

export const selectField = defineField({
  type: 'select',
  emptyValue: undefined,
  component: SelectInput,
  label: 'for',
  toValue: selectValue,
  format: (value, { node, locale }) => (typeof value === 'string' ? optionLabel(node, value, locale) : ''),
});
