/**
 * Keys that must never become object properties or path segments when objects are built from
 * user-supplied names: assigning them walks into (and pollutes) `Object.prototype`.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True for `__proto__`, `constructor` and `prototype`. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/** The first forbidden segment of a dotted key (`a.__proto__.b` → `__proto__`), if any. */
export function forbiddenSegment(dottedKey: string): string | undefined {
  return dottedKey.split('.').find(isForbiddenKey);
}

/** Thrown when a forbidden key reaches code that builds objects from names; `path` names it. */
export class ForbiddenKeyError extends Error {
  constructor(readonly path: string) {
    super(`${path}: 不允许使用 __proto__、constructor 或 prototype 作为键名`);
    this.name = 'ForbiddenKeyError';
  }
}

const joinPath = (base: string, key: string | number): string =>
  typeof key === 'number' ? `${base}[${key}]` : base === '' ? key : `${base}.${key}`;

/**
 * The JSON path of the first key in `value` (at any depth) that is forbidden or has a forbidden
 * dotted segment, e.g. `answers.__proto__.polluted`; undefined when there is none. Iterative, so
 * deep input cannot overflow the stack.
 */
export function findForbiddenKey(value: unknown, root = ''): string | undefined {
  const stack: Array<{ node: unknown; path: string }> = [{ node: value, path: root }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      node.forEach((item, index) => stack.push({ node: item, path: joinPath(path, index) }));
      continue;
    }
    for (const key of Object.keys(node)) {
      const childPath = joinPath(path, key);
      if (forbiddenSegment(key) !== undefined) return childPath;
      stack.push({ node: (node as Record<string, unknown>)[key], path: childPath });
    }
  }
  return undefined;
}
