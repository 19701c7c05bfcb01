import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Field, Material, Matter } from '../catalog';
import { aMatter, code } from '../catalog/test-support';
import { composeChain } from './compose-chain';
import type { ComposedChain } from './types';

// Small pools so that keys, labels and material codes collide often.
const KEYS = ['a.name', 'b.name', 'a.id', 'b.id', 'c.mobile', 'd.address', 'e.kind', 'f.rows'];
const LABELS = ['姓名', '名称', '申请人姓名', '身份证号码', '公民身份号码', '手机号码', '移动电话', '住址', '地址', '类别（选填）'];
const OPTIONS = ['甲', '乙', '丙'];
const MATERIALS = ['M-YYZZ', 'M-SFZ', 'M-HKB', 'M-CSZM', 'M-PMT', 'M-WTS'];
/** One code = one document: the e-licence type follows the code (names may still differ). */
const E_LICENSE: Record<string, string | undefined> = { 'M-YYZZ': '营业执照', 'M-HKB': '户口簿' };
/** The seed is fast-check's global one (42, or FC_SEED: src/property-seed.setup.ts). */
const RUNS = { numRuns: 200 };

const fieldArb: fc.Arbitrary<Field> = fc
  .record({
    key: fc.constantFrom(...KEYS),
    label: fc.constantFrom(...LABELS),
    type: fc.constantFrom('text' as const, 'select' as const, 'integer' as const, 'table' as const),
    required: fc.boolean(),
    options: fc.shuffledSubarray(OPTIONS, { minLength: 1 }),
    maxLength: fc.option(fc.constantFrom(20, 50), { nil: undefined }),
    columnType: fc.constantFrom('text' as const, 'date' as const),
  })
  .map(({ columnType, options, maxLength, ...field }) => ({
    ...field,
    ...(field.type === 'select' ? { options } : {}),
    ...(field.type === 'table' ? { columns: [{ key: 'name', label: '姓名', type: columnType }] } : {}),
    ...(maxLength !== undefined && field.type === 'text' ? { maxLength } : {}),
  }));

const materialArb: fc.Arbitrary<Material> = fc
  .record({
    code: fc.constantFrom(...MATERIALS),
    name: fc.constantFrom('证明', '复印件'),
    required: fc.boolean(),
    rongqueAllowed: fc.boolean(),
    commitmentAllowed: fc.boolean(),
    sourceLevel: fc.constantFrom('A' as const, 'B' as const, 'C' as const, 'D' as const),
    copies: fc.integer({ min: 1, max: 3 }),
    form: fc.constantFrom('electronic' as const, 'original' as const, 'copy' as const),
  })
  .map((material) => {
    const eLicenseType = E_LICENSE[material.code];
    return eLicenseType === undefined ? material : { ...material, eLicenseType };
  });

/** The i-th matter; it may depend only on earlier ones, so the graph is acyclic in any order. */
const matterArb = (index: number): fc.Arbitrary<Matter> =>
  fc
    .record({
      fields: fc.uniqueArray(fieldArb, { selector: (field) => field.key, maxLength: 6 }),
      materials: fc.uniqueArray(materialArb, { selector: (material) => material.code, maxLength: 4 }),
      steps: fc.array(fc.constantFrom('受理', '审查', '决定'), { minLength: 1, maxLength: 5 }),
      legalLimitDays: fc.integer({ min: 0, max: 30 }),
      promised: fc.integer({ min: 0, max: 30 }),
      visits: fc.integer({ min: 0, max: 2 }),
      resultELicense: fc.option(fc.constantFrom('营业执照', '户口簿'), { nil: undefined }),
      dependsOn: fc.subarray(Array.from({ length: index }, (_, i) => code(i + 1))),
    })
    .map(({ promised, resultELicense, ...rest }) =>
      aMatter(code(index + 1), {
        ...rest,
        promisedLimitDays: Math.min(promised, rest.legalLimitDays),
        ...(resultELicense === undefined ? {} : { resultELicense }),
      }),
    );

const chainArb: fc.Arbitrary<Matter[]> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => matterArb(i))));

/** A chain and the same matters in another order. */
const reorderedArb = chainArb.chain((matters) =>
  fc.tuple(
    fc.constant(matters),
    fc.shuffledSubarray(matters, { minLength: matters.length, maxLength: matters.length }),
  ),
);

const sorted = (values: Iterable<string>) => [...values].sort();

/** What must not depend on the order of matters (labels, first types, names and paths may). */
function orderFree(chain: ComposedChain) {
  const stageOf = Object.fromEntries(chain.stages.flatMap((stage, index) => stage.map((c) => [c, index])));
  return {
    fields: chain.fields
      .map((field) => ({ key: field.key, sources: sorted(field.sources), required: field.required }))
      .sort((x, y) => x.key.localeCompare(y.key)),
    conflicts: chain.conflicts.map((conflict) => `${conflict.key}:${conflict.reasons.join(',')}`).sort(),
    suggestions: chain.suggestions.map((suggestion) => sorted(suggestion.keys).join('|')).sort(),
    materials: chain.materials
      .map(({ name: _name, producedBy, requiredBy, eLicenseType: _type, ...rest }) => ({
        ...rest,
        requiredBy: sorted(requiredBy),
        produced: producedBy !== undefined,
      }))
      .sort((x, y) => x.code.localeCompare(y.code)),
    stageOf,
    metrics: chain.metrics,
    days: chain.deadline && [chain.deadline.promisedDays, chain.deadline.legalUncappedDays],
  };
}

describe('composeChain properties', () => {
  it('gives the same keys, sources, flags, conflicts, materials, stages and figures in any matter order', () => {
    fc.assert(
      fc.property(reorderedArb, ([matters, reordered]) => {
        // given one chain in two orders / when
        const [a, b] = [composeChain({ matters }), composeChain({ matters: reordered })];

        // then
        expect(orderFree(b)).toEqual(orderFree(a));
      }),
      RUNS,
    );
  });

  it('represents every source field and every material, never counting more than the sums', () => {
    fc.assert(
      fc.property(chainArb, (matters) => {
        // given a random acyclic chain / when
        const chain = composeChain({ matters });

        // then every field is merged under its key with its matter as a source
        for (const matter of matters) {
          for (const field of matter.fields) {
            expect(chain.fields.find((merged) => merged.key === field.key)?.sources).toContain(matter.code);
          }
          for (const material of matter.materials) {
            expect(chain.materials.find((merged) => merged.code === material.code)?.requiredBy).toContain(matter.code);
          }
        }
        const { before, after, legal } = chain.metrics!;
        expect(after.fields).toBe(new Set(matters.flatMap((m) => m.fields.map((f) => f.key))).size);
        expect(after.materials).toBe(new Set(matters.flatMap((m) => m.materials.map((x) => x.code))).size);
        expect(after.fields).toBeLessThanOrEqual(before.fields);
        expect(after.materials).toBeLessThanOrEqual(before.materials);
        expect(after.days).toBeLessThanOrEqual(before.days);
        expect(legal.uncapped).toBeLessThanOrEqual(matters.reduce((sum, m) => sum + m.legalLimitDays, 0));
        expect(legal.days).toBeLessThanOrEqual(45);
      }),
      RUNS,
    );
  });

  it('stages each matter once, after all of its prerequisites', () => {
    fc.assert(
      fc.property(chainArb, (matters) => {
        // given / when
        const chain = composeChain({ matters });

        // then
        const stageOf = new Map(chain.stages.flatMap((stage, index) => stage.map((c): [string, number] => [c, index])));
        expect(sorted(stageOf.keys())).toEqual(sorted(matters.map((m) => m.code)));
        for (const matter of matters) {
          for (const prerequisite of matter.dependsOn) {
            expect(stageOf.get(prerequisite)).toBeLessThan(stageOf.get(matter.code) ?? -1);
          }
        }
      }),
      RUNS,
    );
  });
});
