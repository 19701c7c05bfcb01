/** Yes or no. */
import { defineField } from '../field-config';
import { booleanValue } from '../field-values';
import BooleanInput from '../inputs/BooleanInput.vue';

export const booleanField = defineField({
  type: 'boolean',
  emptyValue: undefined,
  component: BooleanInput,
  label: 'group',
  toValue: booleanValue,
  format: (value, { t }) => (value === true ? t('formRenderer.yes') : value === false ? t('formRenderer.no') : ''),
});
