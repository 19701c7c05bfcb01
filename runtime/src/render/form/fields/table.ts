/** A table: rows of objects keyed by column key (the row schema's properties). */
import { defineField } from '../field-config';
import { tableValue } from '../field-values';
import TableInput from '../inputs/TableInput.vue';

export const tableField = defineField({
  type: 'table',
  emptyValue: [],
  component: TableInput,
  label: 'group',
  toValue: tableValue,
  format: (value, { t }) => t('formRenderer.rowCount', { count: tableValue(value).length }),
  readonlyComponent: true,
});
