/**
 * The form runtime: FormRenderer (portal, workbench, designer preview), the printable application
 * form, the field registry. Importing it registers the FEEL compiler with Formily (no `new Function`).
 */
import './feel-compiler';

export { default as FormRenderer } from './FormRenderer.vue';
export { default as ApplicationForm } from './print/ApplicationForm.vue';
export { FIELD_REGISTRY } from './field-registry';
export { defineField, type FieldConfig, type FieldInputProps, type FormatContext } from './field-config';
export type { FileEntry, AddressValue } from './field-values';
export { FORM_UPLOAD, type FieldRegistry, type UploadFn } from './render-context';
export { createFileUploader, type FileUploaderOptions } from './file-uploader';
export { FormController, type FormControllerOptions } from './form-controller';
export { compileFeel, onFeelProblem, registerFeelCompiler, type FeelScope } from './feel-compiler';
export { printGroups, type PrintGroup } from './print/application-groups';
export { formRendererMessages, formRendererMessagesEn, formRendererMessagesZhCN } from './i18n';
