import { describe, expect, it } from 'vitest';
import { checkFeelTypes, feelTypeOfField, feelTypesOf } from './feel-types';

const types = feelTypesOf([
  { key: 'premises.area', type: 'area' },
  { key: 'sellsTobacco', type: 'boolean' },
  { key: 'enterprise.type', type: 'select' },
  { key: 'openedOn', type: 'date' },
  { key: 'food.categories', type: 'multiselect' },
]);
const check = (expression: string, with_ = types) => checkFeelTypes(expression, with_, 'applicability:X').map((p) => p.message);

describe('checkFeelTypes', () => {
  it('accepts comparisons of like with like', () => {
    expect(check('premises.area >= 300')).toEqual([]);
    expect(check('sellsTobacco = true and enterprise.type = "有限责任公司"')).toEqual([]);
    expect(check('openedOn < date("2026-01-01")')).toEqual([]);
    expect(check('premises.area in [100..300]')).toEqual([]);
    expect(check('premises.area between 100 and 300')).toEqual([]);
  });

  it('reports a number field compared with text, and text compared with a number', () => {
    expect(check('premises.area > "abc"')).toEqual(['applicability:X: 「premises.area」是数字，不能与文本 "abc" 比较']);
    expect(check('premises.area >= 300', feelTypesOf([{ key: 'premises.area', type: 'text' }]))).toEqual([
      'applicability:X: 「premises.area」是文本，不能与数字 300 比较',
    ]);
  });

  it('finds mismatches inside conjunctions, ranges, function calls and with the literal on the left', () => {
    expect(check('sellsTobacco = "yes" or premises.area in ["a".."b"]')).toHaveLength(3);
    expect(check('not(sellsTobacco = 1)')).toEqual(['applicability:X: 「sellsTobacco」是是/否，不能与数字 1 比较']);
    expect(check('300 <= premises.area')).toEqual([]);
    expect(check('"abc" = premises.area')).toHaveLength(1);
  });

  it('leaves unknown names, lists and syntax errors to the other checks', () => {
    expect(check('unknown.thing > "abc"')).toEqual([]);
    expect(check('food.categories = "热食"')).toEqual([]);
    expect(check('premises.area >')).toEqual([]);
    expect(check('')).toEqual([]);
  });

  it('maps field types to FEEL kinds', () => {
    expect(feelTypeOfField('money')).toBe('number');
    expect(feelTypeOfField('datetime')).toBe('date');
    expect(feelTypeOfField('idcard')).toBe('string');
    expect(feelTypeOfField('table')).toBeUndefined();
  });
});
