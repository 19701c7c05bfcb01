import { passwordProblem, type PasswordProblem } from '@yilian/shared';

/** The shell's message key for each way a new password breaks the shared rule. */
export const PASSWORD_PROBLEM_KEYS: Readonly<Record<PasswordProblem, string>> = {
  blank: 'validation.passwordBlank',
  too_short: 'validation.passwordMin',
  too_long: 'validation.passwordMax',
  common: 'validation.passwordCommon',
};

/** A form check for a new password (the same rule as the server's contract), its message translated by `t`. */
export function newPasswordCheck(t: (key: string) => string): (value: string) => string | null {
  return (value) => {
    const problem = passwordProblem(value);
    return problem ? t(PASSWORD_PROBLEM_KEYS[problem]) : null;
  };
}
