import { describe, expect, it } from 'vitest';
import { mergeMessages, messageAt, messageKeys, shellMessagesEn, shellMessagesZhCN, usedMessageKeys } from '@yilian/runtime/ui';
import { guideMessages, renderMessages } from '@yilian/runtime/render';
import { designerMessagesEn as en, designerMessagesZhCN as zhCN } from '.';
import { FEATURES, MENU_PAGES } from '../kernel/features';
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

  it('registers every feature folder, each with menu texts in both languages', () => {
    expect(MENU_PAGES.map((p) => p.name)).toEqual(['catalog', 'chains', 'departments', 'users', 'settings', 'holidays', 'audit']);
    for (const feature of FEATURES) expect(messageKeys(feature.messages['zh-CN'])).toEqual(messageKeys(feature.messages.en));
  });

  it('merges the runtime viewers\' messages (the service guide\'s among them), for the previews', () => {
    // given the viewers' own catalogs (the shell does not carry them)
    const viewerKeys = messageKeys(renderMessages['zh-CN']);
    expect(viewerKeys).toEqual(expect.arrayContaining(messageKeys(guideMessages['zh-CN'])));
    // then the designer's catalogs hold every one of them, in both languages
    for (const key of viewerKeys) {
      expect(messageAt(zhCN, key), key).toBe(messageAt(renderMessages['zh-CN'], key));
      expect(messageAt(en, key), key).toBe(messageAt(renderMessages.en, key));
    }
  });

  it('has the texts the page and field tables refer to', () => {
    const keys = [...MENU_PAGES.flatMap((p) => [p.titleKey, p.descriptionKey]), ...SETTING_FIELDS.map((f) => f.labelKey)];
    for (const key of keys) expect(messageAt(mergeMessages(shellMessagesZhCN, zhCN), key), key).toBeTypeOf('string');
  });
});
