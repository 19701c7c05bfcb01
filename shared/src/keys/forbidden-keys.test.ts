import { describe, expect, it } from 'vitest';
import { findForbiddenKey, forbiddenSegment, isForbiddenKey } from './forbidden-keys';

describe('forbidden keys', () => {
  it('names __proto__, constructor and prototype, alone or as a dotted segment', () => {
    expect(isForbiddenKey('__proto__')).toBe(true);
    expect(isForbiddenKey('proto')).toBe(false);
    expect(forbiddenSegment('__proto__.polluted')).toBe('__proto__');
    expect(forbiddenSegment('a.constructor.prototype')).toBe('constructor');
    expect(forbiddenSegment('premises.area')).toBeUndefined();
  });

  it('finds the JSON path of the first forbidden key at any depth', () => {
    // given a parsed body (JSON.parse makes __proto__ an own key)
    const body = JSON.parse('{"answers":{"ok":1,"list":[{"x":{"__proto__":{"p":1}}}]}}') as unknown;
    // when / then
    expect(findForbiddenKey(body)).toBe('answers.list[0].x.__proto__');
    expect(findForbiddenKey({ answers: { '__proto__.polluted': 1 } })).toBe('answers.__proto__.polluted');
    expect(findForbiddenKey({ a: [1, { b: 'prototype' }] })).toBeUndefined();
  });
});
