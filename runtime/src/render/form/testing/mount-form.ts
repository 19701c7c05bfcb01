/** Mounting the form renderer in tests: the app's i18n (shell + the renderer's messages) in a locale. */
import { createAppI18n, type AppLocale } from '../../../ui/i18n';
import { LOCALE_STORAGE_KEY } from '../../../ui/i18n/locale';
import { formRendererMessages } from '../i18n';

/**
 * vue-i18n as the apps create it, with the form renderer's messages merged in. The page's lang attribute
 * and the stored locale, which creating it sets, are restored: tests sharing a worker read them.
 */
export function formI18n(locale: AppLocale = 'zh-CN') {
  const lang = document.documentElement.lang;
  localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  const i18n = createAppI18n(formRendererMessages);
  localStorage.removeItem(LOCALE_STORAGE_KEY);
  document.documentElement.lang = lang;
  return i18n;
}
