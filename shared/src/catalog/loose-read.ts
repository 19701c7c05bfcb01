/**
 * Tolerant reads of not-yet-validated JSON. Cross-checks use them so that they still run (and report)
 * when a sibling entry is malformed: an import lists every error at once.
 */

/** The value at `key` when `value` is an object, else undefined. */
function at(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The array at `key`, or an empty list when it is missing or not an array. */
export function itemsAt(value: unknown, key: string): readonly unknown[] {
  const items = at(value, key);
  return Array.isArray(items) ? items : [];
}

/** The string at `key`, or undefined. */
export function textAt(value: unknown, key: string): string | undefined {
  const text = at(value, key);
  return typeof text === 'string' ? text : undefined;
}

/** The value itself when it is a string, else undefined. */
export function asText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
