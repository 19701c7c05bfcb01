import { describe, expect, it } from 'vitest';
import { checkFeel, evaluateFeel } from './feel';
import { toFeelContext } from './feel-context';
import { ForbiddenKeyError } from '../keys';
import { resolveApplicability } from './applicability';

describe('toFeelContext', () => {
  it('nests dotted answer keys so FEEL paths can read them', () => {
    expect(toFeelContext({ 'premises.area': 320, 'premises.address': 'x', sellsTobacco: true })).toEqual({
      premises: { area: 320, address: 'x' },
      sellsTobacco: true,
    });
  });

  it('refuses prototype segments and builds null-prototype levels', () => {
    // when / then
    expect(() => toFeelContext({ '__proto__.polluted': 1 })).toThrow(ForbiddenKeyError);
    expect(() => toFeelContext({ 'a.constructor.prototype.x': 1 })).toThrow(/a\.constructor\.prototype\.x/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const context = toFeelContext({ 'premises.area': 1 });
    expect(context instanceof Object).toBe(false); // no Object.prototype in the chain
    expect(context.premises instanceof Object).toBe(false);
  });
});

describe('evaluateFeel', () => {
  it('reports an unknown member of a known context and built-ins the interpreter lacks, never throwing', () => {
    expect(checkFeel('premises.size > 1', ['premises.area'], 's').map((p) => p.kind)).toEqual(['unknown-variable']);
    const result = evaluateFeel('string(premises)', { 'premises.area': 1 }, 's');
    expect(result.ok).toBe(false);
    expect(evaluateFeel('x.constructor', { 'x.a': 1 }, 's').ok).toBe(false);
  });

  it('evaluates comparisons over dotted answers', () => {
    // given the restaurant condition for the fire-safety inspection
    const expr = 'premises.area >= 300';
    // when / then
    expect(evaluateFeel(expr, { 'premises.area': 320 }, 'applicability:000125049000')).toEqual({ ok: true, value: true });
    expect(evaluateFeel(expr, { 'premises.area': 120 }, 'applicability:000125049000')).toEqual({ ok: true, value: false });
  });

  it('reports a syntax error with the expression and its source', () => {
    const result = evaluateFeel('premises.area >= ', {}, 'applicability:000125049000');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ kind: 'syntax', source: 'applicability:000125049000', expression: 'premises.area >= ' });
    expect(result.problems[0]!.message).toContain('applicability:000125049000');
  });

  it('reports an unknown variable by name', () => {
    const result = evaluateFeel('sellsTobaco = true', { sellsTobacco: true }, 'applicability:000162004000');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ kind: 'unknown-variable' });
    expect(result.problems[0]!.message).toContain('sellsTobaco');
  });
});

describe('checkFeel', () => {
  it('accepts an expression over known situation keys', () => {
    expect(checkFeel('premises.area >= 300 or isEntertainmentVenue = true', ['premises.area', 'isEntertainmentVenue'], 's')).toEqual([]);
  });

  it('flags unknown variables and syntax errors', () => {
    expect(checkFeel('area >= 300', ['premises.area'], 's').map((p) => p.kind)).toEqual(['unknown-variable']);
    expect(checkFeel('premises.area >=', ['premises.area'], 's').map((p) => p.kind)).toEqual(['syntax']);
    expect(checkFeel('  ', ['premises.area'], 's').map((p) => p.kind)).toEqual(['syntax']);
  });
});

describe('resolveApplicability', () => {
  const codes = ['A', 'B', 'C'];
  const conditions = { B: 'premises.area >= 300', C: 'sellsTobacco = true' };

  it('keeps every matter without answers (the design view)', () => {
    expect(resolveApplicability(codes, conditions).applicable).toEqual(codes);
  });

  it('drops matters whose condition is false and keeps those over missing answers', () => {
    // given a small restaurant whose tobacco answer is missing
    const result = resolveApplicability(codes, conditions, { 'premises.area': 80 });
    // then B is excluded and C is kept as undetermined
    expect(result.applicable).toEqual(['A', 'C']);
    expect(result.excluded).toEqual(['B']);
    expect(result.undetermined).toEqual(['C']);
    expect(result.problems).toEqual([]);
  });

  it('keeps a matter with a broken condition and reports the problem', () => {
    const result = resolveApplicability(['A'], { A: 'x >=' }, { x: 1 });
    expect(result.applicable).toEqual(['A']);
    expect(result.problems[0]!.source).toBe('applicability:A');
  });
});
