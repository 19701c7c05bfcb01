/** Any of the options; the value is the list of the options' strings. */
import { defineField } from '../field-config';
import { multiselectValue } from '../field-values';
import { optionLabel } from '../form-texts';
import SelectInput from '../inputs/SelectInput.vue';

export const multiselectField = defineField({
  type: 'multiselect',
  emptyValue: [],
  component: SelectInput,
  label: 'for',
  toValue: multiselectValue,
  format: (value, { node, locale }) =>
    multiselectValue(value).map((v) => optionLabel(node, v, locale)).join(locale === 'en' ? ', ' : '、'),
});
