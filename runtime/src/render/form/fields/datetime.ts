/** A date and time: picked as China wall-clock time, stored as ISO 8601 with +08:00. */
import { defineField } from '../field-config';
import { isoToWall, wallToIso } from '../field-values';
import DateInput from '../inputs/DateInput.vue';

export const datetimeField = defineField({
  type: 'datetime',
  emptyValue: undefined,
  component: DateInput,
  label: 'for',
  toValue: wallToIso,
  format: (value) => isoToWall(value)?.slice(0, 16) ?? '',
});
