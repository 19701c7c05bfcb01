/** Generic masking of the middle of a string, one mask character per hidden character. */

/**
 * Keeps `keepStart` leading and `keepEnd` trailing characters and masks the rest; when the
 * value is too short to hide anything that way, every character is masked.
 */
export function maskMiddle(
  value: string,
  keepStart: number,
  keepEnd: number,
  maskChar = '*',
): string {
  const chars = Array.from(value.trim());
  if (chars.length === 0) return '';
  if (chars.length <= keepStart + keepEnd) return maskChar.repeat(chars.length);
  const head = chars.slice(0, keepStart).join('');
  const tail = chars.slice(chars.length - keepEnd).join('');
  return head + maskChar.repeat(chars.length - keepStart - keepEnd) + tail;
}
