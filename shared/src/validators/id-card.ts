/** GB 11643 居民身份证号 (18-digit resident identity card number). */
import { chinaDateOf, parseIsoDate } from '../time/iso-date';

export type IdCardFailure = 'length' | 'format' | 'region' | 'date' | 'checksum';

export type IdCardResult =
  | { ok: true; value: string; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; reason: IdCardFailure; message: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

const MESSAGES: Record<IdCardFailure, string> = {
  length: '身份证号应为18位',
  format: '身份证号格式错误：前17位应为数字，末位为数字或X',
  region: '身份证号地区码无效',
  date: '身份证号出生日期无效',
  checksum: '身份证号校验位错误',
};

function fail(reason: IdCardFailure, message: string = MESSAGES[reason]): IdCardResult {
  return { ok: false, reason, message };
}

/** Computes the check character for the first 17 digits of an identity card number. */
export function idCardCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idCardCheckChar: expected 17 digits');
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += weight * Number(first17.charAt(i));
  });
  return CHECK_CHARS.charAt(sum % 11);
}

/** Validates an identity card number; `today` bounds the birth date (read in China time). */
export function validateIdCard(input: string, today: Date = new Date()): IdCardResult {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) return fail('length');
  if (!/^\d{17}[\dX]$/.test(value)) return fail('format');
  if (value.startsWith('0')) return fail('region');

  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const birthDay = parseIsoDate(birthDate);
  if (birthDay === null) return fail('date');
  const todayDay = parseIsoDate(chinaDateOf(today));
  if (todayDay !== null && birthDay > todayDay) {
    return fail('date', '身份证号出生日期晚于今天');
  }

  if (idCardCheckChar(value.slice(0, 17)) !== value.charAt(17)) return fail('checksum');

  const sex = Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value, birthDate, sex };
}
