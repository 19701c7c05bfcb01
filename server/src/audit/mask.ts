import { maskMobile, validateMobile } from '@yilian/shared';

/** Masks a username or actor name that is a mobile number (applicants sign in with their mobile). */
export function maskIfMobile(name: string): string {
  return validateMobile(name).ok ? maskMobile(name) : name;
}
