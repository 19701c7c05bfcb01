/** The service guide (办事指南) view, shared by the portal and the designer's preview. */
export { default as ServiceGuide } from './ServiceGuide.vue';
export { default as guideMessagesZhCN } from './i18n/zh-CN';
export { default as guideMessagesEn } from './i18n/en';
