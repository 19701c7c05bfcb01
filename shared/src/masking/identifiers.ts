/** Display masks for personal and company identifiers (show only what staff need to match). */
import { maskMiddle } from './mask-middle';

/** Masks an identity card number, keeping the first 4 and last 4 characters. */
export function maskIdNumber(value: string): string {
  return maskMiddle(value, 4, 4);
}

/** Masks a mobile number, keeping the first 3 and last 4 digits. */
export function maskMobile(value: string): string {
  return maskMiddle(value, 3, 4);
}

/** Masks a unified social credit code, keeping the first 4 and last 4 characters. */
export function maskUscc(value: string): string {
  return maskMiddle(value, 4, 4);
}
