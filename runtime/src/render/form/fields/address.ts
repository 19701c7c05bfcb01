/** An address: `{ region: county (or zone) code, detail }`, the region picked province → city → county. */
import { regionNames } from '@yilian/shared';
import { defineField } from '../field-config';
import { addressValue } from '../field-values';
import AddressInput from '../inputs/AddressInput.vue';

export const addressField = defineField({
  type: 'address',
  emptyValue: undefined,
  component: AddressInput,
  label: 'group',
  toValue: addressValue,
  format: (value, { locale }) => {
    const address = addressValue(value);
    if (!address) return '';
    const region = regionNames(address.region).join('');
    return [region, address.detail].filter(Boolean).join(locale === 'en' ? ', ' : ' ');
  },
});
