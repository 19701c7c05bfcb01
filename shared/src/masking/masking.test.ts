import { describe, it, expect } from 'vitest';
import { maskIdNumber, maskMiddle, maskMobile, maskName, maskUscc } from './index';

describe('identifier masks', () => {
  it('masks the middle of full-length identifiers', () => {
    // given / when / then
    expect(maskIdNumber('370811199001011236')).toBe('3708**********1236');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskMobile('13800138000')).toBe('138****8000');
    expect(maskUscc('91370811MA3C5X7A7G')).toBe('9137**********7A7G');
  });

  it.each(['', '   '])('returns an empty string for %j', (value) => {
    // given / when / then
    expect(maskIdNumber(value)).toBe('');
    expect(maskMobile(value)).toBe('');
    expect(maskUscc(value)).toBe('');
  });

  it('masks everything when a value is too short to keep both ends', () => {
    // given / when / then
    expect(maskIdNumber('12345678')).toBe('********');
    expect(maskMobile('1380')).toBe('****');
    expect(maskIdNumber('123456789')).toBe('1234*6789');
  });
});

describe('maskMiddle', () => {
  it('counts characters, not UTF-16 units, and accepts another mask character', () => {
    // given a string with a supplementary-plane character
    const value = 'a𠀀bcd';

    // when
    const masked = maskMiddle(value, 1, 1, '#');

    // then
    expect(masked).toBe('a###d');
  });
});

describe('maskName', () => {
  it.each([
    ['张三丰', '张**'],
    ['张三', '张*'],
    ['张', '张'],
    ['欧阳娜娜', '欧***'],
    ['阿卜杜拉·买买提', '阿***·***'],
    ['𠀀明', '𠀀*'],
    ['  李四 ', '李*'],
    ['', ''],
  ])('masks %j as %j', (value, expected) => {
    // given / when
    const masked = maskName(value);

    // then
    expect(masked).toBe(expected);
  });
});
