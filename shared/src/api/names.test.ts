import { describe, expect, it } from 'vitest';
import { createDepartmentBody } from './departments';
import { registerBody } from './auth';
import { createUserBody } from './users';
import { englishMessageOf } from './messages';
import { NAME_MESSAGES, nameProblem } from './names';
import { chainRecipeSchema } from '../catalog/chain-schema';

const ACCEPTED = ['民政局', 'Zoë Ångström', '张\u200D三', '\uE000姓', '👩‍💻 团队', '𠀀𠀁', '阿卜杜·热合曼', 'مرحبا'];
const REFUSED: [string, string][] = [
  ['\u200B', 'invisible'],
  ['\u200B\u200C\u200D\u2060', 'invisible'],
  ['\u3164', 'invisible'],
  ['\u2800\u2800', 'invisible'],
  ['\u0301', 'invisible'],
  ['\u00AD', 'invisible'],
  ['invoice\u202Efdp.exe', 'bidi_control'],
  ['\u2066名称\u2069', 'bidi_control'],
  ['\u200F局', 'bidi_control'],
  ['局\uD800', 'lone_surrogate'],
  ['\uDC00局', 'lone_surrogate'],
  ['民政\n局', 'control'],
  ['民政\u0000局', 'control'],
];

describe('nameProblem', () => {
  it.each(ACCEPTED)('accepts %j', (name) => {
    expect(nameProblem(name)).toBeUndefined();
  });

  it.each(REFUSED)('refuses %j as %s', (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });

  it('says why in zh-CN and English', () => {
    for (const message of Object.values(NAME_MESSAGES)) expect(englishMessageOf(message)).toMatch(/name/);
  });
});

describe('contracts that take a name refuse invisible and deceptive ones, naming the field', () => {
  const issueOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => result.error?.issues[0];

  it.each(REFUSED)('department, user, registration and chain names refuse %j', (name, problem) => {
    const message = NAME_MESSAGES[problem as keyof typeof NAME_MESSAGES];
    expect(issueOf(createDepartmentBody.safeParse({ code: 'mz', name }))).toMatchObject({ path: ['name'], message });
    const user = { username: 'staff.1', displayName: name, password: 'Qz7!long-enough', roles: [{ role: 'city-admin' }] };
    expect(issueOf(createUserBody.safeParse(user))).toMatchObject({ path: ['displayName'], message });
    const citizen = { accountType: 'citizen', mobile: '13800138000', password: 'Qz7!long-enough', name, idNumber: '11010519491231002X' };
    expect(issueOf(registerBody.safeParse(citizen))).toMatchObject({ path: ['name'], message });
    const recipe = { code: 'YL-1', name, subject: '法人', matters: ['000131024000'], situations: [] };
    expect(chainRecipeSchema.safeParse(recipe).error?.issues.find((i) => i.path[0] === 'name')).toMatchObject({ message });
  });

  it('still accepts an ordinary name and leaves an empty one to the required message', () => {
    expect(createDepartmentBody.safeParse({ code: 'mz', name: ' 民政局 ' }).data).toEqual({ code: 'mz', name: '民政局' });
    expect(issueOf(createDepartmentBody.safeParse({ code: 'mz', name: '   ' }))?.message).toBe('请输入部门名称');
    expect(createDepartmentBody.safeParse({ code: 'mz', name: '   ' }).error?.issues).toHaveLength(1);
  });
});
