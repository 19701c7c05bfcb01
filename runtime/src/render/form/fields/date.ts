/** A calendar date, `YYYY-MM-DD`. */
import { defineField, plainText } from '../field-config';
import { dateValue } from '../field-values';
import DateInput from '../inputs/DateInput.vue';

export const dateField = defineField({
  type: 'date',
  emptyValue: undefined,
  component: DateInput,
  label: 'for',
  toValue: dateValue,
  format: plainText,
});
