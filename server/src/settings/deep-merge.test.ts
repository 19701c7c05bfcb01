import { describe, expect, it } from 'vitest';
import { ForbiddenKeyError } from '@yilian/shared';
import { deepMerge } from './deep-merge';

describe('deepMerge', () => {
  it('merges nested objects, replaces values and drops keys set to null', () => {
    expect(deepMerge({ a: { b: 1, c: 2 }, d: 1 }, { a: { c: 3 }, d: null })).toEqual({ a: { b: 1, c: 3 } });
  });

  it('refuses a prototype key at any depth, naming its path, and pollutes nothing', () => {
    // given a parsed patch carrying __proto__ as an own key
    const patch = JSON.parse('{"window":{"__proto__":{"polluted":1}}}') as Record<string, unknown>;
    // when / then
    expect(() => deepMerge({ window: { name: 'x' } }, patch)).toThrow(new ForbiddenKeyError('window.__proto__'));
    expect(() => deepMerge({}, { constructor: { prototype: 1 } })).toThrow(ForbiddenKeyError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
