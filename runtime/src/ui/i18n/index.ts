import { createI18n } from 'vue-i18n';
import zhCN from './zh-CN';
import en from './en';
import { DEFAULT_LOCALE, storedLocale, persistLocale, type AppLocale } from './locale';
import { mergeMessages, type MessageTree } from './message-keys';

export * from './locale';
export * from './message-keys';
export * from './used-keys';
export { zhCN as shellMessagesZhCN, en as shellMessagesEn };

/** Extra catalogs an app adds to the shell's (e.g. the designer's pages). */
export type ExtraMessages = Record<AppLocale, MessageTree>;

/** Creates the vue-i18n instance (composition API) with the remembered locale. */
export function createAppI18n(extra?: ExtraMessages) {
  const locale = storedLocale();
  persistLocale(locale);
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: {
      'zh-CN': mergeMessages(zhCN, extra?.['zh-CN'] ?? {}),
      en: mergeMessages(en, extra?.en ?? {}),
    },
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;
