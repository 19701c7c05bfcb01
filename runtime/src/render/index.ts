/**
 * @yilian/runtime/render — Vue components that render a Formily JSON Schema form (FormRenderer, the field
 * registry, the printable ApplicationForm) and the service guide; the designer's previews import them from
 * here. Importing it registers the FEEL compiler with Formily's schema (no `new Function`). The viewers' messages
 * (`renderMessages`, also at `@yilian/runtime/render/messages` without the components) are merged into its
 * i18n by every app that shows them.
 */
export { ServiceGuide, guideMessages, guideMessagesEn, guideMessagesZhCN } from './guide';
export {
  ApplicationForm, FIELD_REGISTRY, FORM_UPLOAD, FormController, FormRenderer, compileFeel, createFileUploader, defineField,
  formRendererMessages, formRendererMessagesEn, formRendererMessagesZhCN, onFeelProblem, printGroups, registerFeelCompiler,
} from './form';
export type {
  AddressValue, FeelScope, FieldConfig, FieldInputProps, FieldRegistry, FileEntry, FileUploaderOptions, FormControllerOptions, FormatContext, PrintGroup, UploadFn,
} from './form';
export { renderMessages } from './messages';
