import { afterEach, describe, expect, it, vi } from 'vitest';
import { Schema } from '@formily/json-schema';
import { autorun, observable } from '@formily/reactive';
import { toFeelContext, type FeelProblem } from '@yilian/shared';
import { compileFeel, feelCacheSize, onFeelProblem, type FeelScope } from './feel-compiler';

describe('the FEEL compiler registered with Formily', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('compiles {{ }} strings as FEEL over values and answers, values winning', () => {
    // given values and situation answers
    const scope: FeelScope = { $values: { premises: { area: 320 } }, $answers: toFeelContext({ 'premises.area': 50, sellsTobacco: true }) };
    // when Formily compiles schema strings
    // then FEEL decides, and only whole {{ }} strings are expressions
    expect(Schema.shallowCompile('{{ premises.area >= 300 and sellsTobacco = true }}', scope)).toBe(true);
    expect(Schema.shallowCompile('{{ if premises.area > 100 then "大" else "小" }}', scope)).toBe('大');
    expect(Schema.shallowCompile('面积 {{ premises.area }}', scope)).toBe('面积 {{ premises.area }}');
  });

  it('never builds a Function: JavaScript is refused with null and a problem', () => {
    // given a spy on the Function constructor, which Formily's default compiler calls
    const spy = vi.spyOn(globalThis, 'Function');
    expect(new Function('return 1')()).toBe(1);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockClear();
    const problems: FeelProblem[] = [];
    const scope: FeelScope = { $values: {}, $self: { address: 'section.x' }, $report: (p) => problems.push(p) };
    // when compiling JavaScript
    const results = [
      Schema.shallowCompile("{{ fetch('//x') }}", scope),
      Schema.shallowCompile('{{ fetch("//x") }}', scope),
      Schema.shallowCompile('{{ $values.a = 1 }}', scope),
      Schema.compile({ title: '{{ (() => window)() }}' }, scope),
    ];
    // then each yields null with a problem naming its source, and no Function was built
    expect(results).toEqual([null, null, null, { title: null }]);
    expect(problems.map((p) => [p.kind, p.source])).toEqual([
      ['syntax', 'form:section.x'], ['runtime', 'form:section.x'], ['syntax', 'form:section.x'], ['syntax', 'form:section.x'],
    ]);
    expect(spy).not.toHaveBeenCalled();
  });

  it('sends problems to listeners when the scope has no reporter, and treats unknown names as missing values', () => {
    const problems: FeelProblem[] = [];
    const stop = onFeelProblem((p) => problems.push(p));
    expect(compileFeel('a >=', { $self: { address: 'q' } })).toBeNull();
    expect(compileFeel('missing = true', {})).toBeNull();
    stop();
    expect(problems.map((p) => p.kind)).toEqual(['syntax']);
  });

  it('caches the parse per expression text and evaluates again only when the read values change', () => {
    // given a values object that counts the reads of each name
    const reads: string[] = [];
    const values = new Proxy({ a: 1, b: 2, other: 3 } as Record<string, unknown>, {
      get(target, key) {
        if (typeof key === 'string') reads.push(key);
        return Reflect.get(target, key) as unknown;
      },
    });
    const before = feelCacheSize();
    // when the same text is compiled twice
    expect(compileFeel('a + b > 2', { $values: values })).toBe(true);
    expect(compileFeel(' a + b > 2 ', { $values: values })).toBe(true);
    // then it was parsed once and only the names it reads were read
    expect(feelCacheSize()).toBe(before + 1);
    expect(new Set(reads)).toEqual(new Set(['a', 'b']));
  });

  it('lets Formily track exactly the referenced fields', () => {
    // given observable values and an autorun over a rule
    const values = observable<Record<string, unknown>>({ area: 100, name: 'x' });
    const results: unknown[] = [];
    const stop = autorun(() => results.push(Schema.shallowCompile('{{ area >= 300 }}', { $values: values })));
    // when an unrelated value changes, nothing re-runs; when the read one does, it does
    values.name = 'y';
    values.area = 400;
    stop();
    expect(results).toEqual([false, true]);
  });

  it('ignores prototype names', () => {
    expect(compileFeel('constructor = null', { $values: {} })).toBeNull();
    expect(compileFeel('toString', { $values: { a: 1 } })).toBeNull();
  });
});
