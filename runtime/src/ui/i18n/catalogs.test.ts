import { describe, expect, it } from 'vitest';
import { ROLES } from '@yilian/shared';
import zhCN from './zh-CN';
import en from './en';
import { mergeMessages, messageAt, messageKeys } from './message-keys';
import { usedMessageKeys } from './used-keys';
import { ROLE_LABEL_KEYS } from '../session/roles';
import { guideMessages, renderMessages } from '../../render';

const sources = import.meta.glob(['../../**/*.vue', '../../**/*.ts', '!../../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('message catalogs', () => {
  it('zh-CN and en have exactly the same keys, at every depth', () => {
    // given both catalogs
    const zhKeys = messageKeys(zhCN);
    const enKeys = messageKeys(en);
    // then nothing is missing on either side
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(zhKeys.length).toBeGreaterThan(50);
  });

  it('has no empty messages', () => {
    for (const catalog of [zhCN, en]) {
      for (const key of messageKeys(catalog)) expect(messageAt(catalog, key), key).not.toBe('');
    }
  });

  it('the service guide viewer brings its own messages, with the same keys in zh-CN and en', () => {
    // given the viewer's catalogs, which the apps merge in (the shell's own catalog has no guide section)
    expect(Object.keys(zhCN)).not.toContain('guide');
    const zhKeys = messageKeys(guideMessages['zh-CN']);
    // then both languages have the same keys under `guide`, none empty
    expect(messageKeys(guideMessages.en)).toEqual(zhKeys);
    expect(zhKeys.length).toBeGreaterThan(20);
    expect(zhKeys.every((key) => key.startsWith('guide.'))).toBe(true);
    for (const catalog of [guideMessages['zh-CN'], guideMessages.en]) {
      for (const key of zhKeys) expect(messageAt(catalog, key), key).not.toBe('');
    }
    // and the viewers' catalogs the apps merge carry them, with the same keys in both languages
    expect(messageKeys(renderMessages['zh-CN'])).toEqual(expect.arrayContaining(zhKeys));
    expect(messageKeys(renderMessages.en)).toEqual(messageKeys(renderMessages['zh-CN']));
  });

  it('every key used literally in the runtime source exists in the app catalog (shell + viewers)', () => {
    // given the source files of the runtime app and the shell, and the catalogs the app merges
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    const app = mergeMessages(zhCN, renderMessages['zh-CN']);
    // when collecting the keys they translate
    const missing: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const key of usedMessageKeys(text)) if (messageAt(app, key) === undefined) missing.push(`${file}: ${key}`);
    }
    // then every one resolves
    expect(missing).toEqual([]);
  });

  it('has a label for every role', () => {
    for (const role of ROLES) expect(messageAt(zhCN, ROLE_LABEL_KEYS[role]), role).toBeTypeOf('string');
  });

  it('finds keys in the patterns the code uses', () => {
    const text = `t('login.title'); $t("nav.home"); titleKey: 'myCases.title'; format('x.y')`;
    expect(usedMessageKeys(text).sort()).toEqual(['login.title', 'myCases.title', 'nav.home']);
  });
});
