import type { MiddlewareHandler } from 'hono';
import { findForbiddenKey } from '@yilian/shared';
import { HttpError } from '../http-error';

/** Deepest nesting of arrays and objects a JSON body may have (the catalog needs 7). */
export const MAX_JSON_DEPTH = 64;

const JSON_TYPE = /^application\/([a-z-.]+\+)?json(\s*;.*)?$/i;

/** True when `text` nests arrays/objects deeper than `limit`; a linear scan, before any parsing. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i += 1; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (ch === 0x7d || ch === 0x5d) depth -= 1;
  }
  return false;
}

/**
 * Guards every JSON request body before a validator parses it into objects: nesting deeper than
 * MAX_JSON_DEPTH → 400 `too_deep`; malformed JSON → 400 `invalid_json`; a `__proto__`,
 * `constructor` or `prototype` key anywhere (also as a dotted segment) → 400 `forbidden_key`
 * naming its JSON path. The text stays in Hono's body cache for the route's own validator.
 */
export function jsonGuard(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type');
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || type === undefined || !JSON_TYPE.test(type)) return next();
    const text = await c.req.text();
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      throw new HttpError(400, 'too_deep', `JSON 嵌套超过 ${MAX_JSON_DEPTH} 层`, undefined, undefined, { limit: MAX_JSON_DEPTH });
    }
    let body: unknown;
    try {
      body = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      throw new HttpError(400, 'invalid_json', '请求体不是有效的 JSON');
    }
    const forbidden = findForbiddenKey(body);
    if (forbidden !== undefined) {
      throw new HttpError(400, 'forbidden_key', `${forbidden}: 不允许使用 __proto__、constructor 或 prototype 作为键名`, forbidden, undefined, { path: forbidden });
    }
    return next();
  };
}
