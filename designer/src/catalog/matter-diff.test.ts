import { describe, expect, it } from 'vitest';
import { changedElements, elementText } from './matter-diff';
import { sampleMatter } from './test-support';

describe('changedElements', () => {
  it('names the elements that differ, whatever the key order', () => {
    // given version 1 and a version 2 with a shorter promised limit and reordered material keys
    const v1 = sampleMatter();
    const v2 = { ...sampleMatter(), promisedLimitDays: 3 };
    v2.materials = v2.materials.map((m) => Object.fromEntries(Object.entries(m).reverse()) as typeof m);
    // when comparing
    // then only the promised limit changed
    expect(changedElements(v1, v2)).toEqual(['promisedLimitDays']);
  });

  it('counts an added or removed optional element as a change', () => {
    const { resultELicense: _dropped, ...withoutLicence } = sampleMatter();
    expect(changedElements(sampleMatter(), withoutLicence)).toEqual(['resultELicense']);
  });
});

describe('elementText', () => {
  it('writes steps as a flow, other lists and values plainly', () => {
    expect(elementText('steps', ['受理', '审查'])).toBe('受理 → 审查');
    expect(elementText('dependsOn', ['000131127004', '000125049000'])).toBe('000131127004、000125049000');
    expect(elementText('fee', undefined)).toBe('—');
    expect(elementText('visits', 0)).toBe('0');
  });
});
