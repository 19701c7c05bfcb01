import { describe, it, expect } from 'vitest';
import { idCardCheckChar, validateIdCard } from './id-card';

const TODAY = new Date('2025-06-01T04:00:00Z');

/** Builds a number with a correct check character from its first 17 digits. */
function withCheck(first17: string): string {
  return first17 + idCardCheckChar(first17);
}

describe('validateIdCard', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'female'],
    ['370811199001011236', '1990-01-01', 'male'],
    ['370883200002290078', '2000-02-29', 'male'],
  ])('accepts the valid vector %s', (input, birthDate, sex) => {
    // given a valid number
    // when
    const result = validateIdCard(input, TODAY);

    // then
    expect(result).toEqual({ ok: true, value: input, birthDate, sex });
  });

  it('rejects a wrong check character', () => {
    // given the invalid vector
    // when
    const result = validateIdCard('370811199001011234', TODAY);

    // then
    expect(result).toEqual({ ok: false, reason: 'checksum', message: '身份证号校验位错误' });
  });

  it('accepts a lower-case x and stores an upper-case X', () => {
    // given
    const input = '11010519491231002x';

    // when
    const result = validateIdCard(input, TODAY);

    // then
    expect(result.ok && result.value).toBe('11010519491231002X');
  });

  it.each(['37081119900101123', '3708111990010112366', ''])('rejects the wrong length of %j', (input) => {
    // given / when
    const result = validateIdCard(input, TODAY);

    // then
    expect(result).toMatchObject({ ok: false, reason: 'length', message: '身份证号应为18位' });
  });

  it.each(['37081119900101123A', 'X70811199001011236', '3708111990010112 6'])(
    'rejects non-digit characters in %j',
    (input) => {
      // given / when
      const result = validateIdCard(input, TODAY);

      // then
      expect(result).toMatchObject({ ok: false, reason: 'format' });
    },
  );

  it('rejects a region code starting with 0', () => {
    // given a number whose check character is otherwise right
    const input = withCheck('01081119900101123');

    // when
    const result = validateIdCard(input, TODAY);

    // then
    expect(result).toMatchObject({ ok: false, reason: 'region', message: '身份证号地区码无效' });
  });

  it.each(['19900230', '20010229', '19901301', '19900100'])('rejects the impossible birth date %s', (date) => {
    // given
    const input = withCheck(`110105${date}001`);

    // when
    const result = validateIdCard(input, TODAY);

    // then
    expect(result).toMatchObject({ ok: false, reason: 'date', message: '身份证号出生日期无效' });
  });

  it('rejects a birth date after today and accepts one on today', () => {
    // given today is 2025-06-01 in China
    const tomorrow = withCheck('11010520250602001');
    const today = withCheck('11010520250601001');

    // when
    const future = validateIdCard(tomorrow, TODAY);
    const present = validateIdCard(today, TODAY);

    // then
    expect(future).toEqual({ ok: false, reason: 'date', message: '身份证号出生日期晚于今天' });
    expect(present).toMatchObject({ ok: true, birthDate: '2025-06-01' });
  });

  it('reads "today" in China time', () => {
    // given 2025-06-01T17:00Z is already 2 June in Beijing
    const bornOnSecondJune = withCheck('11010520250602001');

    // when
    const result = validateIdCard(bornOnSecondJune, new Date('2025-06-01T17:00:00Z'));

    // then
    expect(result.ok).toBe(true);
  });

  it('trims surrounding whitespace', () => {
    // given / when
    const result = validateIdCard('  370811199001011236 ', TODAY);

    // then
    expect(result).toMatchObject({ ok: true, value: '370811199001011236' });
  });
});

describe('idCardCheckChar', () => {
  it('computes the check character and refuses malformed input', () => {
    // given / when / then
    expect(idCardCheckChar('11010519491231002')).toBe('X');
    expect(idCardCheckChar('37081119900101123')).toBe('6');
    expect(() => idCardCheckChar('1234')).toThrow(RangeError);
  });
});
