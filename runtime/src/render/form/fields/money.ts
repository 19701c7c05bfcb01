/** An amount of money in yuan, two decimals at most. */
import { defineField } from '../field-config';
import { numberValue } from '../field-values';
import NumberInput from '../inputs/NumberInput.vue';

export const moneyField = defineField({
  type: 'money',
  emptyValue: undefined,
  component: NumberInput,
  label: 'for',
  toValue: (input) => numberValue(input, 2),
  format: (value, { locale }) => {
    if (typeof value !== 'number') return '';
    return locale === 'en' ? `CNY ${value.toFixed(2)}` : `${value.toFixed(2)} 元`;
  },
  unit: (_, locale) => (locale === 'en' ? 'CNY' : '元'),
});
