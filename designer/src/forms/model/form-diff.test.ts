import { describe, expect, it } from 'vitest';
import { cloneJson } from '../../chains/document/chain-document';
import { diffForms, isEmptyDiff } from './form-diff';
import { field, sampleModel, section } from './test-items';

describe('form diff', () => {
  it('names added, removed, moved and changed fields and layout changes', () => {
    // given the sample form and a copy where b moved to s2, c changed, a left, e and section s3 came
    const before = sampleModel();
    const after = cloneJson(before);
    const [s1, s2] = after.items;
    s1!.children = [];
    s2!.children = [field('b'), { ...field('c'), props: { ...field('c').props, required: true } }];
    after.items.push(section('s3', [field('e')]));
    // when
    const diff = diffForms(before, after);
    // then
    expect(diff).toEqual({ added: ['e'], removed: ['a'], moved: ['b'], changed: ['c'], layoutsAdded: ['s3'], layoutsRemoved: [] });
  });

  it('does not count fields after an insertion as moved, and sees reordering', () => {
    const before = { items: [section('s', [field('a'), field('b'), field('c')])] };
    const inserted = { items: [section('s', [field('x'), field('a'), field('b'), field('c')])] };
    const swapped = { items: [section('s', [field('b'), field('a'), field('c')])] };
    expect(diffForms(before, inserted).moved).toEqual([]);
    expect(diffForms(before, swapped).moved).toEqual(['b', 'a']);
  });

  it('is empty for the same form, and lists everything for no form', () => {
    expect(isEmptyDiff(diffForms(sampleModel(), sampleModel()))).toBe(true);
    expect(diffForms(null, sampleModel()).added).toEqual(['a', 'b', 'c', 'rows', 'd']);
  });
});
