/** Small readers of moddle elements (the process core keeps its own private). */
import type { ModdleElement } from '@yilian/shared';

/** True when `value` is a moddle element of `type` (or a subtype). */
export function is(value: unknown, type: string): boolean {
  return typeof value === 'object' && value !== null && typeof (value as ModdleElement).$instanceOf === 'function' && (value as ModdleElement).$instanceOf(type);
}

/** A collection property as an array (missing = empty). */
export function many(element: ModdleElement, property: string): ModdleElement[] {
  const value = element.get(property);
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}
