import { describe, expect, it } from 'vitest';
import { fieldPatternProblem } from './field-pattern';
import { PATTERN_CATASTROPHIC, PATTERN_INVALID, PATTERN_UNCHECKABLE } from './schema-messages';

describe('fieldPatternProblem', () => {
  it.each([
    ['nested quantifiers', '(a+)+$'],
    ['overlapping alternatives under a star', '(a|a)*'],
    ['a star of a star', '(a*)*b'],
    ['words and optional spaces, repeated', '(\\w+\\s?)+$'],
    ['alternatives that split the same input', '^(a|aa)+$'],
    ['overlapping classes under a plus', '^(\\w|\\d)+$'],
    ['repeated digits, repeated', '^(\\d+)*$'],
    ['the classic e-mail expression', '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$'],
    ['adjacent overlapping repetitions', '^\\d*\\d*x$'],
  ])('refuses %s: %s', (_name, pattern) => {
    expect(fieldPatternProblem(pattern)).toBe(PATTERN_CATASTROPHIC);
  });

  it.each([
    ['邮政编码', '^\\d{6}$'],
    ['two letters then digits', '^[A-Z]{2}\\d+$'],
    ['汉字 2–20', '^[\\u4e00-\\u9fa5]{2,20}$'],
    ['汉字姓名 with 间隔号', '^[\\u4e00-\\u9fa5]{2,20}(·[\\u4e00-\\u9fa5]{2,20})*$'],
    ['汉字, letters, digits and brackets', '^[\\u4e00-\\u9fa5A-Za-z0-9（）()·\\-]{2,60}$'],
    ['Han script property', '^\\p{Script=Han}+$'],
    ['银行账号', '^[0-9]{8,30}$'],
    ['时刻', '^([01][0-9]|2[0-3]):[0-5][0-9]$'],
    ['居民身份证号', '^[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]$'],
    ['手机号', '^1[3-9]\\d{9}$'],
    ['座机', '^(\\d{3,4}-)?\\d{7,8}$'],
    ['统一社会信用代码', '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$'],
    ['hyphenated words', '^[a-z]+(-[a-z]+)*$'],
    ['an amount with two decimals', '^(0|[1-9]\\d*)(\\.\\d{1,2})?$'],
    ['a choice', '^(是|否)$'],
    ['no anchors', '\\d'],
  ])('accepts %s: %s', (_name, pattern) => {
    expect(fieldPatternProblem(pattern)).toBeNull();
  });

  it('refuses a pattern that does not compile, with the flags it will run with', () => {
    expect(fieldPatternProblem('(')).toBe(PATTERN_INVALID);
    expect(fieldPatternProblem('[a-')).toBe(PATTERN_INVALID);
    // an identity escape outside a class compiles without flags, not in unicode mode (as forms run it)
    expect(fieldPatternProblem('a\\-b')).toBeNull();
    expect(fieldPatternProblem('a\\-b', 'u')).toBe(PATTERN_INVALID);
    expect(fieldPatternProblem('(a+)+$', 'u')).toBe(PATTERN_CATASTROPHIC);
  });

  it('refuses what the check cannot read rather than letting it through', () => {
    expect(fieldPatternProblem('^(?<year>\\d{4})$')).toBe(PATTERN_UNCHECKABLE);
  });

  it('gives the same verdict again (cached)', () => {
    expect(fieldPatternProblem('(a+)+$')).toBe(PATTERN_CATASTROPHIC);
    expect(fieldPatternProblem('(a+)+$')).toBe(PATTERN_CATASTROPHIC);
    expect(fieldPatternProblem('^\\d{6}$')).toBeNull();
  });
});
