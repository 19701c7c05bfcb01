/** Display mask for personal names. */

const SEPARATORS = new Set(['·', '•', '・', ' ']);

/** Keeps the first character of a name and masks the rest (separators such as · stay visible). */
export function maskName(value: string): string {
  const [first, ...rest] = Array.from(value.trim());
  if (first === undefined) return '';
  return first + rest.map((char) => (SEPARATORS.has(char) ? char : '*')).join('');
}
