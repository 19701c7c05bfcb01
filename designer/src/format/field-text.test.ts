import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@yilian/runtime/ui';
import { designerMessages } from '../i18n';
import { constraintText, fieldTypeText } from './field-text';

const i18n = createAppI18n(designerMessages);
const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {});

describe('field text', () => {
  it('names field types in Chinese, not by their codes', () => {
    expect(fieldTypeText('text', t)).toBe('文本');
    expect(fieldTypeText('idcard', t)).toBe('身份证号');
    expect(fieldTypeText('select', t)).toBe('单选');
    expect(fieldTypeText('unknown-type', t)).toBe('unknown-type');
  });

  it('says a field\'s limits in words', () => {
    expect(constraintText({ maxLength: 100 }, t)).toBe('最多 100 个字');
    expect(constraintText({ min: 0, max: 300 }, t)).toBe('最小值 0，最大值 300');
    expect(constraintText({ pattern: '^[0-9]{6}$' }, t)).toBe('格式须符合 ^[0-9]{6}$');
    expect(constraintText({}, t)).toBe('');
  });
});
