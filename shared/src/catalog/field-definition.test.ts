import { describe, expect, it } from 'vitest';
import { differingAspects } from './field-definition';
import { aField } from './test-support';

describe('differingAspects', () => {
  it('ignores label, required, placeholder, help and the order of options', () => {
    // given two definitions that differ only in presentation
    const a = aField('kind', '类别', { type: 'select', options: ['甲', '乙'], placeholder: '请选择' });
    const b = aField('kind', '种类', { type: 'select', options: ['乙', '甲', '甲'], required: false, help: '说明' });

    // when / then
    expect(differingAspects([a, b])).toEqual([]);
  });

  it('reports every differing aspect, most severe first', () => {
    // given
    const a = aField('x', 'X', { type: 'select', options: ['甲'], maxLength: 10 });
    const b = aField('x', 'X', { type: 'multiselect', options: ['乙'] });

    // when / then
    expect(differingAspects([a, b])).toEqual(['type', 'options', 'constraints']);
  });

  it('compares table columns as a set keyed by column key', () => {
    // given the same columns in another order and with other labels, then a column with another type
    const columns = [aField('name', '姓名'), aField('age', '年龄', { type: 'integer', min: 0 })];
    const a = aField('rows', '明细', { type: 'table', columns });
    const reordered = aField('rows', '明细', {
      type: 'table',
      columns: [aField('age', '岁数', { type: 'integer', min: 0 }), aField('name', '名字')],
    });
    const retyped = aField('rows', '明细', {
      type: 'table',
      columns: [aField('name', '姓名'), aField('age', '年龄', { min: 0 })],
    });

    // when / then
    expect(differingAspects([a, reordered])).toEqual([]);
    expect(differingAspects([a, retyped])).toEqual(['columns']);
  });

  it('treats each of min, max, maxLength and pattern as a constraint', () => {
    // given
    const base = aField('n', 'N', { type: 'number' });

    // when / then
    for (const change of [{ min: 0 }, { max: 9 }, { maxLength: 3 }, { pattern: '^\\d+$' }]) {
      expect(differingAspects([base, { ...base, ...change }])).toEqual(['constraints']);
    }
  });
});
