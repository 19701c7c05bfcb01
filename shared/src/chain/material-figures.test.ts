import { describe, expect, it } from 'vitest';
import { countMaterialSources, materialFigures, materialSource } from './material-figures';

describe('materialFigures', () => {
  it('splits the merged materials into uploads, e-licences and materials produced inside the chain', () => {
    // given 25 merged materials: 1 produced by a chain matter, 2 fetchable e-licences (one of which the chain also produces), 22 to upload
    const materials = [
      { producedBy: 'M2', eLicenseCandidate: true },
      { eLicenseCandidate: true },
      { eLicenseCandidate: true },
      ...Array.from({ length: 22 }, () => ({ eLicenseCandidate: false })),
    ];
    // when counted
    const figures = materialFigures(materials);
    // then the terms add up to the merged figure the 四减 table shows
    expect(figures).toEqual({ merged: 25, upload: 22, eLicence: 2, produced: 1 });
    expect(figures.upload + figures.eLicence + figures.produced).toBe(figures.merged);
  });

  it('counts a material the chain produces as produced even when it is also an e-licence', () => {
    expect(materialSource({ producedBy: 'M1', eLicenseCandidate: true })).toBe('produced');
    expect(materialSource({ eLicenseCandidate: true })).toBe('e-licence');
    expect(materialSource({ eLicenseCandidate: false })).toBe('upload');
  });

  it('counts nothing as zero everywhere', () => {
    expect(countMaterialSources([])).toEqual({ merged: 0, upload: 0, eLicence: 0, produced: 0 });
  });
});
