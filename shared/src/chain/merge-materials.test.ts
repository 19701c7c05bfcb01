import { describe, expect, it } from 'vitest';
import { aMaterial, aMatter, code } from '../catalog/test-support';
import { mergeMaterials } from './merge-materials';

describe('mergeMaterials', () => {
  it('keeps one entry per code with the strictest demands of every listing matter', () => {
    // given one document listed by three matters with different demands
    const matters = [
      aMatter(code(1), {
        materials: [
          aMaterial('M-CSZM', {
            required: false,
            rongqueAllowed: true,
            commitmentAllowed: true,
            sourceLevel: 'C',
            form: 'copy',
          }),
        ],
      }),
      aMatter(code(2), { materials: [aMaterial('M-X')] }),
      aMatter(code(3), {
        materials: [
          aMaterial('M-CSZM', {
            name: '场地证明',
            rongqueAllowed: true,
            commitmentAllowed: false,
            sourceLevel: 'D',
            copies: 2,
            form: 'original',
          }),
        ],
      }),
    ];

    // when
    const [merged] = mergeMaterials(matters);

    // then
    expect(merged).toEqual({
      code: 'M-CSZM',
      name: '材料 M-CSZM',
      required: true,
      requiredBy: [code(1), code(3)],
      rongqueAllowed: true,
      commitmentAllowed: false,
      sourceLevel: 'C',
      copies: 2,
      form: 'original',
      askApplicant: true,
      eLicenseCandidate: false,
    });
  });

  it('takes A as the strictest source level and original, then copy, as the strictest form', () => {
    // given
    const matters = [
      aMatter(code(1), { materials: [aMaterial('M-YYZZ', { sourceLevel: 'B', form: 'electronic' })] }),
      aMatter(code(2), { materials: [aMaterial('M-YYZZ', { sourceLevel: 'A', form: 'copy' })] }),
      aMatter(code(3), { materials: [aMaterial('M-YYZZ', { sourceLevel: 'D', form: 'electronic' })] }),
    ];

    // when
    const [merged] = mergeMaterials(matters);

    // then
    expect([merged?.sourceLevel, merged?.form]).toEqual(['A', 'copy']);
  });

  it('marks a material produced inside the chain as not asked, keeping it in the list', () => {
    // given 企业设立登记 issuing the 营业执照 e-licence that a later matter lists
    const licence = aMaterial('M-YYZZ', { name: '营业执照', sourceLevel: 'A', eLicenseType: '营业执照' });
    const matters = [
      aMatter(code(1), { resultELicense: '营业执照' }),
      aMatter(code(2), { materials: [licence, aMaterial('M-SQB')] }),
    ];

    // when
    const merged = mergeMaterials(matters);

    // then
    expect(merged.map((m) => [m.code, m.producedBy, m.askApplicant, m.eLicenseCandidate])).toEqual([
      ['M-YYZZ', code(1), false, true],
      ['M-SQB', undefined, true, false],
    ]);
  });

  it('does not count a matter as producing its own input', () => {
    // given 出生登记 needing the family's 户口簿 and issuing the new page as a 户口簿 e-licence
    const register = aMaterial('M-HKB', { sourceLevel: 'A', eLicenseType: '户口簿' });
    const matters = [
      aMatter(code(1), { resultELicense: '户口簿', materials: [register] }),
      aMatter(code(2), { materials: [register], dependsOn: [code(1)] }),
    ];

    // when
    const [merged] = mergeMaterials(matters);

    // then
    expect(merged?.producedBy).toBeUndefined();
    expect(merged?.askApplicant).toBe(true);
    expect(merged?.eLicenseCandidate).toBe(true);
  });
});
