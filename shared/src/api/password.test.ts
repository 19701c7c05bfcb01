import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../auth/password-rule';
import { COMMON_PASSWORD_COUNT, isCommonPassword } from '../auth/common-passwords';
import { registerBody } from './auth';
import { createUserBody, patchUserBody } from './users';
import { englishMessageOf } from './messages';
import { PASSWORD_MESSAGES } from './password';

describe('passwordProblem', () => {
  it.each([
    ['        ', 'blank'],
    ['\u3000\t \n    ', 'blank'],
    ['', 'blank'],
    ['abc1234', 'too_short'],
    ['密码密码密码密', 'too_short'],
    ['x'.repeat(129), 'too_long'],
    ['12345678', 'common'],
    ['password', 'common'],
    ['PassWord', 'common'],
    ['iloveyou', 'common'],
    ['qwertyuiop', 'common'],
    ['1qaz2wsx', 'common'],
    [' password1 ', 'common'],
  ])('refuses %j as %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it.each(['yilian-demo', 'reviewer-pass-1', '绿色通道-2025', 'correct horse battery', '𠀀'.repeat(8)])('accepts %j', (password) => {
    expect(passwordProblem(password)).toBeUndefined();
  });

  it('ships the 10,000 most common passwords, no more', () => {
    expect(COMMON_PASSWORD_COUNT).toBe(10_000);
    expect(isCommonPassword('123456')).toBe(true);
    expect(isCommonPassword('yilian-demo')).toBe(false);
  });
});

describe('every contract that sets a password refuses weak ones, naming `password` and saying why', () => {
  const citizen = { accountType: 'citizen', mobile: '13800138000', name: '张三', idNumber: '11010519491231002X' } as const;
  const staff = { username: 'staff.1', displayName: '王五', roles: [{ role: 'city-admin' as const }] };
  const issue = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => result.error?.issues.find((i) => i.path[0] === 'password');

  it.each([['        ', 'blank'], ['short', 'too_short'], ['12345678', 'common']] as const)('refuses %j (%s) at registration, user create and reset', (password, problem) => {
    const message = PASSWORD_MESSAGES[problem];
    expect(issue(registerBody.safeParse({ ...citizen, password }))?.message).toBe(message);
    expect(issue(createUserBody.safeParse({ ...staff, password }))?.message).toBe(message);
    expect(issue(patchUserBody.safeParse({ password }))?.message).toBe(message);
    expect(englishMessageOf(message)).toMatch(/password|characters/i);
  });

  it('accepts a good one', () => {
    expect(registerBody.safeParse({ ...citizen, password: 'citizen-pass-1' }).error?.issues.filter((i) => i.path[0] === 'password') ?? []).toEqual([]);
    expect(patchUserBody.safeParse({ password: 'reviewer-pass-1' }).success).toBe(true);
  });
});
