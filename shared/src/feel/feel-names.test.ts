import { describe, expect, it } from 'vitest';
import { evaluateFeel } from './feel';
import { analyzeFeel } from './feel-names';

describe('analyzeFeel', () => {
  it('lists the root names an expression reads, once each, without evaluating it', () => {
    // given a rule over a nested answer, a field and a built-in function
    const expression = 'premises.area >= 300 or count(items) > 1 and premises.area < limit';
    // when
    const analysis = analyzeFeel(expression, 'form:x');
    // then
    expect(analysis).toEqual({ names: ['premises', 'count', 'items', 'limit'], problems: [] });
  });

  it('reports JavaScript and broken expressions as syntax problems, as evaluation does', () => {
    for (const expression of ["fetch('//x')", '$values.a', 'a >=', '() => fetch(1)', '   ']) {
      // when
      const analysis = analyzeFeel(expression, 'form:x');
      const evaluated = evaluateFeel(expression, {}, 'form:x');
      // then both find a syntax problem naming the source
      expect(analysis.problems.map((p) => p.kind), expression).toEqual(['syntax']);
      expect(analysis.problems[0]!.message).toContain('form:x');
      expect(evaluated.ok ? [] : evaluated.problems.map((p) => p.kind), expression).toEqual(['syntax']);
    }
  });

  it('accepts what evaluation accepts', () => {
    for (const expression of ['a = "x"', 'date("2020-01-01") < d', 'some i in list satisfies i > 2', 'x = null']) {
      expect(analyzeFeel(expression, 's').problems, expression).toEqual([]);
      const evaluated = evaluateFeel(expression, { a: 'x', d: null, list: [1, 3], x: 1 }, 's');
      expect(evaluated.ok ? [] : evaluated.problems.filter((p) => p.kind === 'syntax'), expression).toEqual([]);
    }
  });
});
