import { isCommonPassword } from './common-passwords';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export type PasswordProblem = 'blank' | 'too_short' | 'too_long' | 'common';

/**
 * The password rule wherever a password is set (registration, user create, reset): not only
 * whitespace, at least PASSWORD_MIN characters (code points), at most PASSWORD_MAX, and not one
 * of the 10,000 most common passwords. Undefined when the password is acceptable.
 */
export function passwordProblem(password: string): PasswordProblem | undefined {
  if (password.trim() === '') return 'blank';
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'too_short';
  if (length > PASSWORD_MAX) return 'too_long';
  if (isCommonPassword(password) || isCommonPassword(password.trim())) return 'common';
  return undefined;
}
