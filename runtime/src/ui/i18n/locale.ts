/** The UI languages; zh-CN is the default and the fallback. */
export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';

/** localStorage key that remembers the user's language. */
export const LOCALE_STORAGE_KEY = 'yilian.locale';

/** True when the value names a supported locale. */
export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The remembered locale, or the default when none (or an unknown one) is stored. */
export function storedLocale(): AppLocale {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isAppLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage disabled (private mode): use the default
  }
}

/** Remembers the locale and sets the document's lang attribute. */
export function persistLocale(locale: AppLocale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/**
 * The UI's locale now: the page's lang attribute (persistLocale sets it on every switch), else the
 * remembered one. The API client sends it as `Accept-Language`.
 */
export function currentLocale(): AppLocale {
  const lang = typeof document !== 'undefined' ? document.documentElement.lang : undefined;
  return isAppLocale(lang) ? lang : storedLocale();
}
