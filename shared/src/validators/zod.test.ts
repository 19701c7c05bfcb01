import { describe, it, expect } from 'vitest';
import { fixedClock } from '../time/clock';
import { createIdCardSchema, idCardSchema, mobileSchema, usccSchema } from './zod';

describe('identifier zod schemas', () => {
  it('normalises valid values', () => {
    // given / when / then
    expect(idCardSchema.parse('11010519491231002x')).toBe('11010519491231002X');
    expect(usccSchema.parse('91370811ma3c5x7a7g')).toBe('91370811MA3C5X7A7G');
    expect(mobileSchema.parse('+86 138-0013-8000')).toBe('13800138000');
  });

  it('fails with the zh-CN message of the validator', () => {
    // given / when
    const idCard = idCardSchema.safeParse('370811199001011234');
    const mobile = mobileSchema.safeParse('12345678901');
    const uscc = usccSchema.safeParse('91350100I000100Y43');

    // then
    expect(idCard.success).toBe(false);
    expect(idCard.error?.issues[0]?.message).toBe('身份证号校验位错误');
    expect(mobile.error?.issues[0]?.message).toBe('手机号格式错误，应为11位大陆手机号码');
    expect(uscc.error?.issues[0]?.message).toContain('非法字符');
  });

  it('lets a USCC with a wrong check character through', () => {
    // given / when
    const result = usccSchema.safeParse('91350100M000100Y44');

    // then
    expect(result).toEqual({ success: true, data: '91350100M000100Y44' });
  });

  it('checks the birth date against the injected clock', () => {
    // given a clock fixed before the birth date
    const schema = createIdCardSchema(fixedClock('1949-12-30T00:00:00Z'));

    // when
    const result = schema.safeParse('11010519491231002X');

    // then
    expect(result.error?.issues[0]?.message).toBe('身份证号出生日期晚于今天');
  });

  it('rejects non-string input with a zh-CN message', () => {
    // given / when
    const result = mobileSchema.safeParse(13800138000);

    // then
    expect(result.error?.issues[0]?.message).toBe('手机号必须为文本');
  });
});
