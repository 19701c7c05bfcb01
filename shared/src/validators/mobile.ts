/** Mainland China mobile phone numbers. */

export type MobileResult = { ok: true; value: string } | { ok: false; message: string };

const SEPARATORS = /[\s\-‐‑–—－]/g;
const MOBILE = /^1[3-9]\d{9}$/;

/** Strips spaces, dashes and a +86/86 prefix, then checks for an 11-digit mobile number. */
export function validateMobile(input: string): MobileResult {
  const compact = input.replace(SEPARATORS, '');
  if (compact === '') return { ok: false, message: '请输入手机号' };
  const value = compact.replace(/^\+?86/, '');
  if (!MOBILE.test(value)) return { ok: false, message: '手机号格式错误，应为11位大陆手机号码' };
  return { ok: true, value };
}
