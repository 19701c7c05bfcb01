/** GB 32100 统一社会信用代码 (unified social credit code). */

export type UsccFailure = 'length' | 'format';

export type UsccResult =
  | { ok: true; value: string; checksumValid: boolean; warning?: string }
  | { ok: false; reason: UsccFailure; message: string };

/** The 31 characters a code may use (no I, O, S, V, Z). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Warning shown for a code whose check character does not match (early codes exist). */
export const USCC_CHECKSUM_WARNING = '统一社会信用代码校验位不符（可能为早期代码），请核实';

const USCC_PATTERN = /^[0-9A-HJ-NP-RTUWXY]{18}$/;

/** Computes the check character for the first 17 characters of a code. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('usccCheckChar: expected 17 characters');
  let sum = 0;
  let weight = 1;
  for (const char of first17) {
    const code = USCC_ALPHABET.indexOf(char);
    if (code < 0) throw new RangeError(`usccCheckChar: invalid character ${char}`);
    sum += code * weight;
    weight = (weight * 3) % 31;
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Validates a code; a wrong check character only warns (ok with checksumValid false). */
export function validateUscc(input: string): UsccResult {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) {
    return { ok: false, reason: 'length', message: '统一社会信用代码应为18位' };
  }
  if (!USCC_PATTERN.test(value)) {
    return {
      ok: false,
      reason: 'format',
      message: '统一社会信用代码含非法字符（不使用 I、O、S、V、Z）',
    };
  }
  if (usccCheckChar(value.slice(0, 17)) !== value.charAt(17)) {
    return { ok: true, value, checksumValid: false, warning: USCC_CHECKSUM_WARNING };
  }
  return { ok: true, value, checksumValid: true };
}
