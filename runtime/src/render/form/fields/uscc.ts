/** Unified social credit code (GB 32100), upper case. */
import { defineField, plainText } from '../field-config';
import { usccValue } from '../field-values';
import TextInput from '../inputs/TextInput.vue';

export const usccField = defineField({
  type: 'uscc',
  emptyValue: '',
  component: TextInput,
  label: 'for',
  toValue: usccValue,
  format: plainText,
});
