import { describe, expect, it } from 'vitest';
import { aField, aMatter, code } from '../catalog/test-support';
import { applySuggestions } from './apply-suggestions';
import { mergeFields } from './merge-fields';

const [A, B, C] = [code(1), code(2), code(3)];
const matters = [
  aMatter(A, {
    fields: [aField('enterprise.name', '企业名称', { required: false }), aField('enterprise.uscc', '统一社会信用代码')],
  }),
  aMatter(B, { fields: [aField('unit.name', '单位名称'), aField('unit.creditCode', '统一社会信用代码')] }),
  aMatter(C, { fields: [aField('enterprise.uscc', '统一社会信用代码'), aField('payer.name', '缴费单位名称', { required: false })] }),
];

describe('applySuggestions', () => {
  it('merges accepted pairs into the first key, uniting sources in chain order', () => {
    // given
    const fields = mergeFields(matters);
    const decisions = [
      { keys: ['enterprise.name', 'unit.name'] as [string, string], accepted: true },
      { keys: ['enterprise.uscc', 'unit.creditCode'] as [string, string], accepted: false },
    ];

    // when
    const result = applySuggestions(fields, decisions, [A, B, C]);

    // then
    expect(result.fields.map((f) => [f.key, f.label, f.required, f.sources])).toEqual([
      ['enterprise.name', '企业名称', true, [A, B]],
      ['enterprise.uscc', '统一社会信用代码', true, [A, C]],
      ['unit.creditCode', '统一社会信用代码', true, [B]],
      ['payer.name', '缴费单位名称', false, [C]],
    ]);
    expect(result.fields[0]?.definition.required).toBe(true);
    expect(result.aliases).toEqual({ 'unit.name': 'enterprise.name' });
  });

  it('collapses chained pairs onto their earliest key and leaves the input untouched', () => {
    // given pairs (unit.name, payer.name) and (enterprise.name, unit.name), in that order
    const fields = mergeFields(matters);
    const snapshot = JSON.parse(JSON.stringify(fields));
    const decisions = [
      { keys: ['unit.name', 'payer.name'] as [string, string], accepted: true },
      { keys: ['enterprise.name', 'unit.name'] as [string, string], accepted: true },
    ];

    // when
    const result = applySuggestions(fields, decisions, [A, B, C]);

    // then
    expect(result.fields[0]?.sources).toEqual([A, B, C]);
    expect(result.aliases).toEqual({ 'unit.name': 'enterprise.name', 'payer.name': 'enterprise.name' });
    expect(fields).toEqual(snapshot);
  });
});
