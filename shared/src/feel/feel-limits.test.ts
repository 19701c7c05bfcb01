import { describe, expect, it } from 'vitest';
import { checkFeel, evaluateFeel, type FeelResult } from './feel';
import { FEEL_LIMITS } from './feel-limits';

const problemOf = (result: FeelResult) => (result.ok ? undefined : result.problems[0]);

describe('FEEL evaluation bounds', () => {
  it('refuses `for i in 1..n` with a huge n by its step budget, and allows a small n', () => {
    // when the probe's loop runs over an answer chosen by the caller
    const huge = evaluateFeel('count(for i in 1..n return i) > 0', { n: 10_000_000 }, 'applicability:x');
    // then it stops at the step budget with a limit problem naming the budget
    expect(problemOf(huge)).toMatchObject({ kind: 'limit', message: expect.stringContaining(`${FEEL_LIMITS.maxRangeSteps} 步`) });
    expect(evaluateFeel('count(for i in 1..n return i)', { n: 100 }, 's')).toEqual({ ok: true, value: 100 });
    expect(problemOf(evaluateFeel('some i in 1..n satisfies i < 0', { n: 1e9 }, 's'))?.kind).toBe('limit');
  });

  it('stops a range that never reaches its end (1..3.5 loops forever in the interpreter)', () => {
    expect(problemOf(evaluateFeel('count(for i in 1..3.5 return i)', {}, 's'))?.kind).toBe('limit');
    expect(problemOf(evaluateFeel('for i in 1..x return i', { x: 2.5 }, 's'))?.kind).toBe('limit');
  });

  it('spends one budget across all ranges of one evaluation, and a fresh one on the next', () => {
    const twice = `count(for i in 1..${FEEL_LIMITS.maxRangeSteps} return i) + count(for j in 1..2 return j)`;
    expect(problemOf(evaluateFeel(twice, {}, 's'))?.kind).toBe('limit');
    const once = `count(for i in 1..${FEEL_LIMITS.maxRangeSteps} return i)`;
    expect(evaluateFeel(once, {}, 's')).toEqual({ ok: true, value: FEEL_LIMITS.maxRangeSteps });
    expect(evaluateFeel(once, {}, 's')).toEqual({ ok: true, value: FEEL_LIMITS.maxRangeSteps });
  });

  it('refuses nested, multi-list and too many iterations by their shape, also when checking', () => {
    expect(checkFeel('for i in 1..2 return for j in 1..2 return j', [], 's')[0]).toMatchObject({ kind: 'limit', message: expect.stringContaining('嵌套') });
    expect(checkFeel('for i in l, j in l return 1', ['l'], 's')[0]?.kind).toBe('limit');
    expect(checkFeel('{a: for i in 1..9 return i, b: for x in a return for y in a return 1}.b', [], 's')[0]?.kind).toBe('limit');
    const four = Array.from({ length: FEEL_LIMITS.maxIterations + 1 }, () => '(some i in l satisfies i > 1)').join(' or ');
    expect(checkFeel(four, ['l'], 's')[0]?.kind).toBe('limit');
  });

  it('refuses expressions longer than the limit', () => {
    const long = `x = "${'a'.repeat(FEEL_LIMITS.maxLength)}"`;
    expect(problemOf(evaluateFeel(long, { x: 'a' }, 's'))).toMatchObject({ kind: 'limit', message: expect.stringContaining(`${FEEL_LIMITS.maxLength} 个字符`) });
    expect(checkFeel(long, ['x'], 's')[0]?.kind).toBe('limit');
  });

  it('runs matches/replace/split only with a literal pattern that cannot backtrack catastrophically', () => {
    expect(problemOf(evaluateFeel('matches(s, "(a+)+$")', { s: `${'a'.repeat(40)}!` }, 's'))?.kind).toBe('limit');
    expect(problemOf(evaluateFeel('matches(s, p)', { s: 'a', p: '(a+)+$' }, 's'))?.message).toContain('字符串常量');
    expect(problemOf(evaluateFeel('replace(input: s, pattern: "(x|x)*y", replacement: "")', { s: 'x' }, 's'))?.kind).toBe('limit');
    expect(evaluateFeel('matches(s, "^[0-9]{6}$")', { s: '272000' }, 's')).toEqual({ ok: true, value: true });
    expect(evaluateFeel('split(s, ",")', { s: 'a,b' }, 's')).toEqual({ ok: true, value: ['a', 'b'] });
  });

  it('bounds the inputs an iterating or matching expression reads', () => {
    const list = Array.from({ length: FEEL_LIMITS.maxAnswerList + 1 }, (_, i) => i);
    expect(problemOf(evaluateFeel('some x in l satisfies x < 0', { l: list }, 's'))?.kind).toBe('limit');
    expect(evaluateFeel('count(l) > 0', { l: list }, 's')).toEqual({ ok: true, value: true });
    const text = 'a'.repeat(FEEL_LIMITS.maxAnswerText + 1);
    expect(problemOf(evaluateFeel('matches(s, "b")', { s: text }, 's'))?.kind).toBe('limit');
    expect(evaluateFeel('string length(s) > 0', { s: text }, 's')).toEqual({ ok: true, value: true });
  });
});
