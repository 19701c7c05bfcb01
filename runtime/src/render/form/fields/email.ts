/** E-mail address. */
import { defineField, plainText } from '../field-config';
import { emailValue } from '../field-values';
import TextInput from '../inputs/TextInput.vue';

export const emailField = defineField({
  type: 'email',
  emptyValue: '',
  component: TextInput,
  label: 'for',
  toValue: emailValue,
  format: plainText,
});
