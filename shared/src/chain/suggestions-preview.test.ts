import { describe, expect, it } from 'vitest';
import { aField, aMatter, code } from '../catalog/test-support';
import { mergeFields } from './merge-fields';
import { previewSuggestions } from './suggestions-preview';
import type { MergeSuggestion } from './types';

const [A, B] = [code(1), code(2)];
const matters = [
  aMatter(A, { fields: [aField('enterprise.name', '企业名称'), aField('enterprise.uscc', '统一社会信用代码')] }),
  aMatter(B, { fields: [aField('unit.name', '单位名称'), aField('unit.creditCode', '统一社会信用代码')] }),
];
const fields = mergeFields(matters);
const suggestion = (keys: [string, string], status: MergeSuggestion['status']): MergeSuggestion => ({ keys, labels: ['', ''], status });

describe('previewSuggestions', () => {
  it('names the field an accepted pair became and counts the form with it merged', () => {
    // given one accepted and one pending suggestion
    const suggestions = [suggestion(['enterprise.name', 'unit.name'], 'accepted'), suggestion(['enterprise.uscc', 'unit.creditCode'], 'pending')];
    // when previewed
    const preview = previewSuggestions({ fields, suggestions, matterCodes: [A, B] });
    // then the accepted pair is one field and the form has one field fewer
    expect(preview.mergedInto).toEqual({ 'enterprise.name-unit.name': { key: 'enterprise.name', label: '企业名称' } });
    expect(preview).toMatchObject({ fieldsBefore: 4, fieldsAfter: 3 });
  });

  it('changes nothing while no suggestion is accepted', () => {
    const preview = previewSuggestions({ fields, suggestions: [suggestion(['enterprise.name', 'unit.name'], 'rejected')], matterCodes: [A, B] });
    expect(preview).toEqual({ fieldsBefore: 4, fieldsAfter: 4, mergedInto: {} });
  });
});
