import { describe, it, expect } from 'vitest';
import { validateMobile } from './mobile';

describe('validateMobile', () => {
  it.each([
    '13800138000',
    '+86 138-0013-8000',
    '+8613800138000',
    '8613800138000',
    '138 0013 8000',
    '  19912345678  ',
  ])('normalises %j to 11 digits', (input) => {
    // given a mobile number in a common spelling
    // when
    const result = validateMobile(input);

    // then
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toMatch(/^1[3-9]\d{9}$/);
  });

  it('returns the normalised digits', () => {
    // given / when
    const result = validateMobile('+86 138-0013-8000');

    // then
    expect(result).toEqual({ ok: true, value: '13800138000' });
  });

  it.each(['12345678901', '1380013800', '138001380000', '23800138000', '+85213800138000', '1380013800a'])(
    'rejects %j',
    (input) => {
      // given / when
      const result = validateMobile(input);

      // then
      expect(result).toEqual({ ok: false, message: '手机号格式错误，应为11位大陆手机号码' });
    },
  );

  it('asks for a number when the input is blank', () => {
    // given / when
    const result = validateMobile('  ');

    // then
    expect(result).toEqual({ ok: false, message: '请输入手机号' });
  });
});
