/** The service guide (办事指南) view, shared by the portal and the designer's preview. */
export { default as ServiceGuide } from './ServiceGuide.vue';
export { guideMessages, guideMessagesEn, guideMessagesZhCN } from './i18n';
