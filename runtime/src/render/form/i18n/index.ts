import formRendererMessagesZhCN from './zh-CN';
import formRendererMessagesEn from './en';

export { formRendererMessagesZhCN, formRendererMessagesEn };

/**
 * The form renderer's messages under their section `formRenderer`, per locale: every app that shows a
 * form (the portal, the workbench, the designer's preview) merges them into its catalogs when it creates i18n.
 */
export const formRendererMessages = {
  'zh-CN': { formRenderer: formRendererMessagesZhCN },
  en: { formRenderer: formRendererMessagesEn },
};
