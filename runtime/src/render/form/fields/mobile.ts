/** Mobile number, digits only. */
import { defineField, plainText } from '../field-config';
import { mobileValue } from '../field-values';
import TextInput from '../inputs/TextInput.vue';

export const mobileField = defineField({
  type: 'mobile',
  emptyValue: '',
  component: TextInput,
  label: 'for',
  toValue: mobileValue,
  format: plainText,
});
