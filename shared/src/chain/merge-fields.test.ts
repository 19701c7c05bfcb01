import { describe, expect, it } from 'vitest';
import { aField, aMatter, code } from '../catalog/test-support';
import { findConflicts } from './find-conflicts';
import { mergeFields } from './merge-fields';

const name1 = aField('enterprise.name', '企业名称', { maxLength: 100, required: false });
const name2 = aField('enterprise.name', '经营者名称', { maxLength: 100, placeholder: '与营业执照一致' });
const area1 = aField('premises.area', '经营场所面积', { maxLength: 20 });
const area2 = aField('premises.area', '经营面积（㎡）', { type: 'area', min: 0, required: false });
const first = aMatter(code(1), { fields: [name1, area1] });
const second = aMatter(code(2), { fields: [area2, name2, aField('name', '股东姓名')] });

describe('mergeFields', () => {
  it('keeps one field per key: first label and type, required if any, sources in chain order', () => {
    // given / when
    const merged = mergeFields([first, second]);

    // then
    expect(merged.map(({ key, label, type, required, sources }) => ({ key, label, type, required, sources }))).toEqual([
      { key: 'enterprise.name', label: '企业名称', type: 'text', required: true, sources: [code(1), code(2)] },
      { key: 'premises.area', label: '经营场所面积', type: 'text', required: true, sources: [code(1), code(2)] },
      { key: 'name', label: '股东姓名', type: 'text', required: true, sources: [code(2)] },
    ]);
    expect(merged[0]?.definition).toEqual({ ...name1, required: true });
    expect(merged[0]?.variants).toBeUndefined();
    expect(merged[1]?.variants).toEqual([
      { matterCode: code(1), field: area1 },
      { matterCode: code(2), field: area2 },
    ]);
  });

  it('takes the label from the data elements when the key is there', () => {
    // given
    const dataElements = [aField('premises.area', '经营场所建筑面积', { type: 'area' })];

    // when
    const merged = mergeFields([second, first], dataElements);

    // then
    expect(merged.map((field) => [field.key, field.label, field.type])).toEqual([
      ['premises.area', '经营场所建筑面积', 'area'],
      ['enterprise.name', '经营者名称', 'text'],
      ['name', '股东姓名', 'text'],
    ]);
  });

  it('takes the picked variant’s definition, keeping the merged label and required flag', () => {
    // given / when
    const merged = mergeFields([first, second], [], { 'premises.area': code(2) });

    // then
    expect(merged[1]?.type).toBe('area');
    expect(merged[1]?.definition).toEqual({ ...area2, label: '经营场所面积', required: true });
  });

  it('never merges table columns with top-level fields of the same key', () => {
    // given a table whose column key equals a field key of another matter
    const table = aField('shareholders', '股东出资情况', { type: 'table', columns: [aField('name', '姓名')] });
    const matters = [aMatter(code(1), { fields: [table] }), aMatter(code(2), { fields: [aField('name', '名称')] })];

    // when
    const merged = mergeFields(matters);

    // then
    expect(merged.map((field) => [field.key, field.sources])).toEqual([
      ['shareholders', [code(1)]],
      ['name', [code(2)]],
    ]);
  });
});

describe('findConflicts', () => {
  it('lists each conflicting key with every variant and the differing aspects', () => {
    // given / when
    const conflicts = findConflicts([first, second]);

    // then
    expect(conflicts).toEqual([
      {
        key: 'premises.area',
        reason: 'type',
        reasons: ['type', 'constraints'],
        message:
          '字段“经营场所面积”（premises.area）在 2 个事项中定义不一致：类型不同；取值范围、长度或格式要求不同',
        variants: [
          { matterCode: code(1), field: area1 },
          { matterCode: code(2), field: area2 },
        ],
      },
    ]);
  });

  it('sees no conflict in labels, required flags or the order of options', () => {
    // given
    const a = aField('kind', '类别', { type: 'select', options: ['甲', '乙'] });
    const b = aField('kind', '类型', { type: 'select', options: ['乙', '甲'], required: false });

    // when / then
    expect(findConflicts([aMatter(code(1), { fields: [a] }), aMatter(code(2), { fields: [b] })])).toEqual([]);
  });

  it('reports a different option set as an options conflict', () => {
    // given
    const a = aField('enterprise.type', '企业类型', { type: 'select', options: ['有限责任公司', '股份有限公司'] });
    const b = aField('enterprise.type', '单位类型', { type: 'select', options: ['企业', '机关'] });

    // when
    const [conflict] = findConflicts([aMatter(code(1), { fields: [a] }), aMatter(code(2), { fields: [b] })]);

    // then
    expect(conflict?.reason).toBe('options');
    expect(conflict?.reasons).toEqual(['options']);
  });
});
