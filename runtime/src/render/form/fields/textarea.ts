/** Multi-line text. */
import { defineField, plainText } from '../field-config';
import { textValue } from '../field-values';
import TextInput from '../inputs/TextInput.vue';

export const textareaField = defineField({
  type: 'textarea',
  emptyValue: '',
  component: TextInput,
  label: 'for',
  toValue: textValue,
  format: plainText,
});
