/** The contract's password: the shared rule (shared/src/auth/password-rule.ts), refused with a reason in zh-CN/English. */
import { z } from 'zod';
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem, type PasswordProblem } from '../auth/password-rule';
import { msg } from './messages';

export const PASSWORD_MESSAGES: Readonly<Record<PasswordProblem, string>> = {
  blank: msg('密码不能只有空白字符', 'The password must not be only whitespace'),
  too_short: msg(`密码至少 ${PASSWORD_MIN} 位`, `A password has at least ${PASSWORD_MIN} characters`),
  too_long: msg(`密码最多 ${PASSWORD_MAX} 位`, `A password has at most ${PASSWORD_MAX} characters`),
  common: msg('密码过于常见，容易被猜中，请换一个', 'This password is one of the most common ones and easy to guess; choose another'),
};

/** A new password (registration, user create, password reset). */
export const newPasswordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: 'custom', message: PASSWORD_MESSAGES[problem], input: password });
});
