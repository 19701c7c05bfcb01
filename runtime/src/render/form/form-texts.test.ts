import { describe, expect, it } from 'vitest';
import { labelWithUnit } from './form-texts';

describe('labelWithUnit', () => {
  it('adds the unit in the locale\'s parentheses', () => {
    expect(labelWithUnit('经营面积', '㎡', 'zh-CN')).toBe('经营面积（㎡）');
    expect(labelWithUnit('Floor area', '㎡', 'en')).toBe('Floor area (㎡)');
  });

  it('never shows a unit the title already names, in either kind of parentheses', () => {
    expect(labelWithUnit('招牌面积（㎡）', '㎡', 'zh-CN')).toBe('招牌面积（㎡）');
    expect(labelWithUnit('Sign area (㎡)', '㎡', 'en')).toBe('Sign area (㎡)');
    expect(labelWithUnit('注册资本 （万元）', '万元', 'zh-CN')).toBe('注册资本 （万元）');
  });

  it('keeps the title alone without a unit', () => {
    expect(labelWithUnit('企业名称', undefined, 'zh-CN')).toBe('企业名称');
  });
});
