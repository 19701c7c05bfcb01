import { describe, expect, it } from 'vitest';
import { mergeMessages, messageAt, messageKeys, shellMessagesEn, shellMessagesZhCN, usedMessageKeys } from '@yilian/runtime/ui';
import zhCN from './zh-CN';
import en from './en';
import { ADMIN_PAGES } from '../nav/admin-pages';
import { SETTING_FIELDS } from '../settings/settings-fields';

const sources = import.meta.glob(['../**/*.vue', '../**/*.ts', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('designer message catalogs', () => {
  it('zh-CN and en have exactly the same keys, at every depth', () => {
    const zhKeys = messageKeys(zhCN);
    const enKeys = messageKeys(en);
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('adds sections without overriding the shell catalog', () => {
    const shellSections = Object.keys(shellMessagesZhCN);
    expect(Object.keys(zhCN).filter((section) => shellSections.includes(section))).toEqual([]);
  });

  it('every key used literally in the designer source exists in the merged catalog', () => {
    // given the designer's merged catalogs (shell + designer), in both languages
    const merged = [mergeMessages(shellMessagesZhCN, zhCN), mergeMessages(shellMessagesEn, en)];
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    // when collecting the keys the source translates
    const missing: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const key of usedMessageKeys(text)) {
        for (const catalog of merged) if (messageAt(catalog, key) === undefined) missing.push(`${file}: ${key}`);
      }
    }
    // then each one resolves
    expect(missing).toEqual([]);
  });

  it('has the texts the page and field tables refer to', () => {
    const keys = [...ADMIN_PAGES.flatMap((p) => [p.titleKey, p.descriptionKey]), ...SETTING_FIELDS.map((f) => f.labelKey)];
    for (const key of keys) expect(messageAt(mergeMessages(shellMessagesZhCN, zhCN), key), key).toBeTypeOf('string');
  });
});
