import { describe, expect, it } from 'vitest';
import { aMatter, code } from '../catalog/test-support';
import { chainDeadline } from './deadline';
import { stages } from './stages';

const [A, B, C, D] = [code(1), code(2), code(3), code(4)];

describe('stages', () => {
  it('puts roots in stage 1 and each matter one stage after its highest prerequisite', () => {
    // given D needs C, C needs A, B is a root; listed out of dependency order
    const matters = [aMatter(D, { dependsOn: [C] }), aMatter(B), aMatter(C, { dependsOn: [A] }), aMatter(A)];

    // when / then
    expect(stages(matters)).toEqual({ ok: true, value: [[B, A], [C], [D]] });
  });

  it('adds the chain’s own dependsOn and ignores prerequisites outside the chain', () => {
    // given B needs a matter outside the chain; the chain orders C after B
    const matters = [aMatter(A), aMatter(B, { dependsOn: [code(99)] }), aMatter(C)];

    // when / then
    expect(stages(matters, { [C]: [B] })).toEqual({ ok: true, value: [[A, B], [C]] });
  });

  it('refuses a cycle, naming it in handling order from its earliest matter', () => {
    // given A needs C, C needs B, B needs A (B before C before A before B)
    const matters = [aMatter(A, { dependsOn: [C] }), aMatter(B, { dependsOn: [A] }), aMatter(C, { dependsOn: [B] })];

    // when / then
    expect(stages(matters)).toEqual({
      ok: false,
      error: { kind: 'cycle', cycle: [A, B, C, A], message: `事项办理顺序存在循环：${A} → ${B} → ${C} → ${A}` },
    });
  });

  it('refuses a cycle made by the chain’s dependsOn', () => {
    // given B needs A by itself; the chain adds A needs B
    const matters = [aMatter(A), aMatter(B, { dependsOn: [A] })];

    // when
    const result = stages(matters, { [A]: [B] });

    // then
    expect(result.ok || result.error.cycle).toEqual([A, B, A]);
  });
});

describe('chainDeadline', () => {
  it('follows the longest path, not the sum of each stage’s maximum', () => {
    // given two independent branches, A(1) → C(6) and B(8) → D(1), in promised days
    const matters = [
      aMatter(A, { promisedLimitDays: 1, legalLimitDays: 30 }),
      aMatter(B, { promisedLimitDays: 8, legalLimitDays: 2 }),
      aMatter(C, { promisedLimitDays: 6, legalLimitDays: 20, dependsOn: [A] }),
      aMatter(D, { promisedLimitDays: 1, legalLimitDays: 1, dependsOn: [B] }),
    ];

    // when
    const result = chainDeadline(matters);

    // then: stage maxima would give 8 + 6 = 14; the paths are A → C = 7 and B → D = 9
    expect(result).toEqual({
      ok: true,
      value: {
        promisedDays: 9,
        promisedPath: [B, D],
        legalDays: 45,
        legalUncappedDays: 50,
        legalPath: [A, C],
        exceeds45: true,
      },
    });
  });

  it('gives 0 days for an empty chain and refuses a cycle', () => {
    // given / when / then
    expect(chainDeadline([])).toEqual({
      ok: true,
      value: { promisedDays: 0, promisedPath: [], legalDays: 0, legalUncappedDays: 0, legalPath: [], exceeds45: false },
    });
    expect(chainDeadline([aMatter(A, { dependsOn: [B] }), aMatter(B, { dependsOn: [A] })]).ok).toBe(false);
  });
});
