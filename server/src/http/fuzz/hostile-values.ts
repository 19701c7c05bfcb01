/** fast-check arbitraries of hostile values: the strings, numbers, keys and JSON texts a fuzzer sends. */
import fc from 'fast-check';

/** Strings that have broken servers: prototype keys, lone surrogates, invisible and bidi characters, LIKE and path tricks, huge and numeric-looking text. */
export const HOSTILE_STRINGS = [
  '', ' ', '__proto__', 'constructor', 'prototype', '__proto__.polluted', 'constructor.prototype.x',
  '\uD800', '\uDC00x', 'a\uD83D', '\u200B', '\u202Egnp.exe', '\u0000', '%', '%E0%A4%A', '%zz', '50%', 'a_b', '\\', '..', '../../etc/passwd',
  '<script>alert(1)</script>', "' OR 1=1 --", 'null', 'undefined', 'NaN', '-0', '1e309', '9'.repeat(400), 'x'.repeat(10_000),
  '０１２３', '👩‍💻', '\r\n', '{"a":1}', '[]', 'true',
  // FEEL that once held the server: an endless range, a huge range, a catastrophic pattern
  'count(for i in 1..3.5 return i) > 0', 'some i in 1..1000000000 satisfies i < 0', 'matches("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "(a+)+$")',
] as const;

export const HOSTILE_NUMBERS = [0, -0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 2, Number.MIN_VALUE, 1e-320, 2 ** 31, -(2 ** 31) - 1, 65536] as const;

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );

export const hostileNumber = (): fc.Arbitrary<number> =>
  fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));

export const hostileKey = (): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'a.__proto__', 'x.constructor.prototype.y', '', '\uD800', 'name', 'id'), fc.string({ maxLength: 8 }));

/** Any JSON value, with hostile keys and scalars, nested a few levels. */
export const hostileJson = (): fc.Arbitrary<unknown> =>
  fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      hostileString(),
      hostileNumber(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(hostileKey(), tie('value'), { maxKeys: 3 }),
    ),
  })).value;

/** Raw request bodies no serializer would write: 10,000-deep nesting, prototype keys, lone surrogate escapes, numbers beyond double, broken JSON. */
export const RAW_BODIES = [
  `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
  `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"name":"\\ud800","code":"\\udc00"}',
  '{"a":1e999,"page":-1e999,"n":123456789012345678901234567890}',
  '{"a":', 'not json', '', 'null', '[]', '"text"', '12', 'true',
  '\uFEFF{}', '{"a":"\u0000"}',
] as const;
