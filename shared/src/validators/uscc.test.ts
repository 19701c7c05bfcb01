import { describe, it, expect } from 'vitest';
import { USCC_CHECKSUM_WARNING, usccCheckChar, validateUscc } from './uscc';

describe('validateUscc', () => {
  it.each(['91350100M000100Y43', '91110000600037341L', '91370811MA3C5X7A7G'])(
    'accepts the valid code %s',
    (input) => {
      // given a code with a correct check character
      // when
      const result = validateUscc(input);

      // then
      expect(result).toEqual({ ok: true, value: input, checksumValid: true });
    },
  );

  it('upper-cases the input before checking', () => {
    // given
    const input = ' 91370811ma3c5x7a7g ';

    // when
    const result = validateUscc(input);

    // then
    expect(result).toEqual({ ok: true, value: '91370811MA3C5X7A7G', checksumValid: true });
  });

  it('warns, but does not reject, a wrong check character', () => {
    // given the last character of a valid code changed
    const input = '91350100M000100Y44';

    // when
    const result = validateUscc(input);

    // then
    expect(result).toEqual({
      ok: true,
      value: input,
      checksumValid: false,
      warning: USCC_CHECKSUM_WARNING,
    });
    expect(USCC_CHECKSUM_WARNING).toBe('统一社会信用代码校验位不符（可能为早期代码），请核实');
  });

  it.each(['91350100M000100Y4', '91350100M000100Y433', ''])('rejects the wrong length of %j', (input) => {
    // given / when
    const result = validateUscc(input);

    // then
    expect(result).toMatchObject({ ok: false, reason: 'length' });
  });

  it.each(['91350100I000100Y43', '91350100O000100Y43', '91350100S000100Y43', '9135010-M000100Y43'])(
    'rejects the excluded or foreign character in %s',
    (input) => {
      // given / when
      const result = validateUscc(input);

      // then
      expect(result).toMatchObject({ ok: false, reason: 'format' });
    },
  );

  it('rejects lower-case i and o after upper-casing them', () => {
    // given / when
    const result = validateUscc('91350100i000100yo3');

    // then
    expect(result.ok).toBe(false);
  });
});

describe('usccCheckChar', () => {
  it('computes the check character and refuses malformed input', () => {
    // given / when / then
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('91110000600037341')).toBe('L');
    expect(() => usccCheckChar('91350100I000100Y4')).toThrow(RangeError);
    expect(() => usccCheckChar('913501')).toThrow(RangeError);
  });
});
