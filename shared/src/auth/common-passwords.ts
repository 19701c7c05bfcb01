import { dictionary } from '@zxcvbn-ts/language-common';

/** How many of the most common passwords are refused (zxcvbn-ts's ranked list, most common first). */
export const COMMON_PASSWORD_COUNT = 10_000;

let common: ReadonlySet<string> | undefined;

/** True when the password, ignoring case, is one of the COMMON_PASSWORD_COUNT most common passwords. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary['passwords-common'].slice(0, COMMON_PASSWORD_COUNT).map((p) => String(p).toLowerCase()));
  return common.has(password.toLowerCase());
}
