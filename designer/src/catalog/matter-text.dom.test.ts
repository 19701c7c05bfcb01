import { describe, expect, it } from 'vitest';
import { createAppI18n, LOCALE_STORAGE_KEY } from '@yilian/runtime/ui';
import { designerMessages } from '../i18n';
import { feeNeedsRewording, formatBytes, limitText, promisedExceedsLegal } from './matter-text';

function translator(locale: 'zh-CN' | 'en') {
  localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  const i18n = createAppI18n(designerMessages);
  localStorage.removeItem(LOCALE_STORAGE_KEY);
  return i18n.global.t;
}

describe('limitText', () => {
  it('writes 0 as 即办 and other limits as N个工作日 (domain.md §4)', () => {
    // given the zh-CN catalog
    const t = translator('zh-CN');
    // when writing limits
    // then a same-day matter reads 即办, and working days are counted
    expect(limitText(0, t)).toBe('即办');
    expect(limitText(1, t)).toBe('1个工作日');
    expect(limitText(20, t)).toBe('20个工作日');
  });

  it('writes English with singular and plural', () => {
    const t = translator('en');
    expect(limitText(0, t)).toBe('Same day');
    expect(limitText(1, t)).toBe('1 working day');
    expect(limitText(45, t)).toBe('45 working days');
  });
});

describe('matter wording checks', () => {
  it('flags a promised limit over the legal one, not an equal or shorter one', () => {
    expect(promisedExceedsLegal(10, 12)).toBe(true);
    expect(promisedExceedsLegal(10, 10)).toBe(false);
    expect(promisedExceedsLegal(20, 0)).toBe(false);
  });

  it('flags the fee written 无 (it must read 不收费)', () => {
    expect(feeNeedsRewording('无')).toBe(true);
    expect(feeNeedsRewording(' 无 ')).toBe(true);
    expect(feeNeedsRewording('不收费')).toBe(false);
    expect(feeNeedsRewording('工本费 10 元')).toBe(false);
  });

  it('writes file sizes precisely near the 20 MiB limit', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(33192)).toBe('32.4 KiB');
    expect(formatBytes(21_000_000)).toBe('20.03 MiB');
  });
});
