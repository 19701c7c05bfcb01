/** Uploaded files: `[{ id, name, size, sha256, type }]`, through the app's injected upload function. */
import { defineField } from '../field-config';
import { fileValue } from '../field-values';
import FileUpload from '../inputs/FileUpload.vue';

export const fileField = defineField({
  type: 'file',
  emptyValue: [],
  component: FileUpload,
  label: 'group',
  toValue: fileValue,
  format: (value, { locale }) => fileValue(value).map((f) => f.name).join(locale === 'en' ? ', ' : '、'),
  readonlyComponent: true,
});
