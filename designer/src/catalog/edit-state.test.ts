import { describe, expect, it } from 'vitest';
import { editFieldOf, editStateOf, matterOfState } from './edit-state';
import { sampleMatter } from './test-support';

describe('editFieldOf', () => {
  it('maps the server path of a matter element to its form field', () => {
    expect(editFieldOf('matter.legalLimitDays')).toEqual({ field: 'legalLimitDays' });
    expect(editFieldOf('matter.steps[2]')).toEqual({ field: 'steps', row: 2 });
    expect(editFieldOf('matter.materials[1].sourceLevel')).toEqual({ field: 'materials', row: 1 });
    expect(editFieldOf('note')).toEqual({ field: 'note' });
  });

  it('maps nothing for elements the form does not edit', () => {
    expect(editFieldOf('matter.fields[0].type')).toBeNull();
    expect(editFieldOf('matter.code')).toBeNull();
    expect(editFieldOf(undefined)).toBeNull();
  });
});

describe('edit state', () => {
  it('round-trips a matter unchanged, unknown keys included', () => {
    // given a matter with a key the format does not know
    const matter = { ...sampleMatter(), provinceId: 'SD-123' };
    // when editing nothing
    const saved = matterOfState(matter, editStateOf(matter));
    // then the matter is the same
    expect(saved).toEqual(matter);
  });

  it('applies edited scalars, steps and material flags, trimming text', () => {
    const matter = sampleMatter();
    const state = editStateOf(matter);
    state.fee = ' 不收费 ';
    state.promisedLimitDays = 3;
    state.steps = ['受理', '  ', '决定'];
    state.materials[1]!.commitmentAllowed = true;
    state.materials[1]!.sourceLevel = 'B';
    const saved = matterOfState(matter, state);
    expect(saved.promisedLimitDays).toBe(3);
    expect(saved.fee).toBe('不收费');
    expect(saved.steps).toEqual(['受理', '决定']);
    expect(saved.materials[1]).toEqual({ ...matter.materials[1], commitmentAllowed: true, sourceLevel: 'B' });
    expect(saved.materials[0]).toEqual(matter.materials[0]);
  });
});
