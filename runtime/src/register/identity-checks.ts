import { validateIdCard, validateMobile, validateUscc } from '@yilian/shared';

type Translate = (key: string) => string;

/** The translated error for an ID card number, or null when it is valid. */
export function idCardError(value: string, t: Translate): string | null {
  const result = validateIdCard(value);
  return result.ok ? null : t(`validation.idCard.${result.reason}`);
}

/** The translated error for a USCC, or null when acceptable (a checksum mismatch only warns). */
export function usccError(value: string, t: Translate): string | null {
  const result = validateUscc(value);
  return result.ok ? null : t(`validation.uscc.${result.reason}`);
}

/** A warning for a USCC whose check character does not match (early codes exist), else null. */
export function usccWarning(value: string, t: Translate): string | null {
  const result = validateUscc(value);
  return result.ok && !result.checksumValid ? t('validation.uscc.checksumWarning') : null;
}

/** The translated error for a mobile number, or null when it is valid. */
export function mobileError(value: string, t: Translate): string | null {
  if (value.trim() === '') return t('validation.mobile.required');
  return validateMobile(value).ok ? null : t('validation.mobile.format');
}

/** The mobile number normalised the way the server stores it (11 digits). */
export function normalisedMobile(value: string): string {
  const result = validateMobile(value);
  return result.ok ? result.value : value.trim();
}
