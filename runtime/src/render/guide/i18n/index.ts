import guideMessagesZhCN from './zh-CN';
import guideMessagesEn from './en';

export { guideMessagesZhCN, guideMessagesEn };

/**
 * The service guide's messages under their section `guide`, per locale: every app that shows the
 * guide (the portal, the designer's preview) merges them into its catalogs when it creates i18n.
 */
export const guideMessages = {
  'zh-CN': { guide: guideMessagesZhCN },
  en: { guide: guideMessagesEn },
};
