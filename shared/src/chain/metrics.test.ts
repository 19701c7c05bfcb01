import { describe, expect, it } from 'vitest';
import { aField, aMaterial, aMatter, code } from '../catalog/test-support';
import { beforeFigures, chainMetrics, reductionPercent, reductionPercentages } from './metrics';

describe('beforeFigures', () => {
  it('sums steps, distinct material codes, top-level fields, promised days and visits', () => {
    // given a table with two columns counts as one field
    const table = aField('rows', '明细', { type: 'table', columns: [aField('a', 'A'), aField('b', 'B')] });
    const matters = [
      aMatter(code(1), {
        steps: ['受理', '审查', '决定'],
        materials: [aMaterial('M-A'), aMaterial('M-B')],
        fields: [table],
        promisedLimitDays: 3,
        visits: 2,
      }),
      aMatter(code(2), {
        steps: ['受理'],
        materials: [aMaterial('M-A')],
        fields: [aField('x', 'X'), aField('y', 'Y')],
        promisedLimitDays: 0,
        visits: 0,
      }),
    ];

    // when / then
    expect(beforeFigures(matters)).toEqual({ steps: 4, materials: 3, fields: 3, days: 3, visits: 2 });
  });
});

describe('chainMetrics', () => {
  const deadline = {
    promisedDays: 4,
    promisedPath: [],
    legalDays: 45,
    legalUncappedDays: 60,
    legalPath: [],
    exceeds45: true,
  };

  it('counts 2 + one step per stage, merged counts, the critical path and one visit', () => {
    // given
    const matters = [aMatter(code(1), { visits: 0 }), aMatter(code(2), { visits: 3 })];

    // when
    const metrics = chainMetrics(matters, { stageCount: 2, mergedFields: 7, mergedMaterials: 5, deadline });

    // then
    expect(metrics.after).toEqual({ steps: 4, materials: 5, fields: 7, days: 4, visits: 1 });
    expect(metrics.legal).toEqual({ days: 45, uncapped: 60, exceeds45: true });
  });

  it('needs no visit when no matter needed one', () => {
    // given / when
    const counts = { stageCount: 1, mergedFields: 0, mergedMaterials: 0, deadline };
    const metrics = chainMetrics([aMatter(code(1), { visits: 0 })], counts);

    // then
    expect(metrics.after.visits).toBe(0);
  });
});

describe('reductionPercent', () => {
  it.each([
    [24, 4, 83.3],
    [7, 1, 85.7],
    [3, 2, 33.3],
    [8, 7, 12.5],
    [80, 71, 11.3],
    [1000, 999, 0.1],
    [2000, 1999, 0.1],
    [3, 4, -33.3],
    [2000, 2001, -0.1],
    [5, 5, 0],
    [0, 0, 0],
  ])('from %i to %i is %d %%', (before, after, expected) => {
    // given / when / then
    expect(reductionPercent(before, after)).toBe(expected);
  });

  it('applies to every figure', () => {
    // given
    const figures = { steps: 24, materials: 36, fields: 71, days: 20, visits: 5 };
    const after = { steps: 4, materials: 25, fields: 46, days: 7, visits: 1 };

    // when / then
    const legal = { days: 23, uncapped: 23, exceeds45: false };
    expect(reductionPercentages({ before: figures, after, legal })).toEqual({
      steps: 83.3,
      materials: 30.6,
      fields: 35.2,
      days: 65,
      visits: 80,
    });
  });
});
