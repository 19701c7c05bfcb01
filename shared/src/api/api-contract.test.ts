import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { englishMessageOf } from './messages';
import { chainUpdateBody, previewBody } from './chains';
import { createUserBody } from './users';
import { settingsPutSchema } from './settings';
import { registerBody } from './auth';

/** The messages of every issue the schema finds in `input`. */
const messages = (schema: z.ZodType, input: unknown): string[] => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('the API contract\'s messages', () => {
  it('are zh-CN in the schemas, each custom one with its English beside it', () => {
    // given invalid bodies of several resources
    const found = [
      ...messages(previewBody, { matterCodes: [] }),
      ...messages(chainUpdateBody, { recipe: {}, revision: -1 }),
      ...messages(createUserBody, { username: '!', displayName: '', password: 'short', roles: [] }),
      ...messages(settingsPutSchema, { warning: { yellowMinDays: 99 }, window: { phone: 'x'.repeat(51) } }),
      ...messages(registerBody, { accountType: 'citizen', mobile: '123', password: '12345678', name: '张三', idNumber: '1' }),
    ];
    // then each is Chinese and has an English equivalent
    expect(found).toEqual([
      '至少选择一个事项', '版本不能为负',
      '用户名为 3–64 位字母、数字或 . _ @ -，以字母或数字开头', '请输入姓名', '密码至少 8 位', '至少分配一个角色',
      '黄牌最少天数不能大于 30', '咨询电话最多 50 字',
      '手机号格式错误，应为11位大陆手机号码', '密码过于常见，容易被猜中，请换一个', '身份证号应为18位',
    ]);
    for (const message of found) expect(englishMessageOf(message), message).toMatch(/^[\x20-\x7e–]+$/);
  });

  it('gives a repeated matter code its English in the issue itself', () => {
    const result = previewBody.safeParse({ matterCodes: ['000131127004', '000131127004'] });
    expect(result.success).toBe(false);
    const [issue] = result.error!.issues;
    expect(issue).toMatchObject({ path: ['matterCodes', 1], message: '事项 000131127004 重复（与 matterCodes[0] 相同）' });
    expect(issue!.code === 'custom' && issue!.params?.en).toBe('Matter 000131127004 is repeated (the same as matterCodes[0])');
  });
});
