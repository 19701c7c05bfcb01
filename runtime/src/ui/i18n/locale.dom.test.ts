import { afterEach, describe, expect, it } from 'vitest';
import { currentLocale, LOCALE_STORAGE_KEY, persistLocale } from './locale';

describe('currentLocale', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  it('follows the page language the switcher sets, else the remembered locale, else zh-CN', () => {
    expect(currentLocale()).toBe('zh-CN');
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    expect(currentLocale()).toBe('en');
    persistLocale('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(currentLocale()).toBe('zh-CN');
    persistLocale('en');
    expect(currentLocale()).toBe('en');
  });
});
