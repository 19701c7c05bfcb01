import { ForbiddenKeyError, isForbiddenKey } from '@yilian/shared';

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Merges `patch` into `base` recursively: nested objects merge, other values replace, undefined is
 * skipped, null removes the key. Inputs are not modified. A `__proto__`/`constructor`/`prototype`
 * key is refused (ForbiddenKeyError naming its path), never followed into a prototype.
 */
export function deepMerge<T extends Plain>(base: T, patch: Plain, path = ''): T {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (isForbiddenKey(key)) throw new ForbiddenKeyError(at);
    if (value === undefined) continue;
    if (value === null) {
      delete out[key];
      continue;
    }
    const current = Object.hasOwn(out, key) ? out[key] : undefined;
    out[key] = isPlain(current) && isPlain(value) ? deepMerge(current, value, at) : value;
  }
  return out as T;
}
