/**
 * @yilian/runtime/render — Vue components that render a Formily JSON Schema form and the field registry
 * (later issues), and the service guide; the designer's previews import them from here. The viewers' messages
 * (`renderMessages`, also at `@yilian/runtime/render/messages` without the components) are merged into its
 * i18n by every app that shows them.
 */
export { ServiceGuide, guideMessages, guideMessagesEn, guideMessagesZhCN } from './guide';
export { renderMessages } from './messages';
