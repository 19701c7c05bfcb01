/** Resident ID card number (GB 11643), stored with an upper-case X. */
import { defineField, plainText } from '../field-config';
import { idCardValue } from '../field-values';
import TextInput from '../inputs/TextInput.vue';

export const idcardField = defineField({
  type: 'idcard',
  emptyValue: '',
  component: TextInput,
  label: 'for',
  toValue: idCardValue,
  format: plainText,
});
