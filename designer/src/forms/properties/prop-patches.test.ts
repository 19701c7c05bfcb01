import { describe, expect, it } from 'vitest';
import type { FormNodeProps } from '../model/form-model';
import { componentPropPatch, defaultPatch, englishPatch, optionRows, optionsPatch, takesDefault, textPatch, validatorPatch } from './prop-patches';

const select: FormNodeProps = {
  type: 'string', title: '类型', 'x-component': 'select',
  enum: [{ label: '有限公司', value: '有限公司' }, { label: '个体', value: '个体' }],
  'x-i18n': { en: { title: 'Type', options: { 有限公司: 'Limited company' } } },
};

describe('property patches', () => {
  it('sets and removes English texts, dropping an empty x-i18n', () => {
    expect(englishPatch(select, 'description', 'Pick one')).toEqual({ 'x-i18n': { en: { title: 'Type', options: { 有限公司: 'Limited company' }, description: 'Pick one' } } });
    expect(englishPatch({ type: 'string', 'x-i18n': { en: { title: 'A' } } }, 'title', ' ')).toEqual({ 'x-i18n': undefined });
    expect(textPatch('title', '')).toEqual({ title: undefined });
  });

  it('edits options with their English labels; a row without value is dropped', () => {
    // given the rows as the panel shows them
    const rows = optionRows(select);
    expect(rows).toEqual([{ value: '有限公司', label: '有限公司', en: 'Limited company' }, { value: '个体', label: '个体', en: '' }]);
    // when the second gets an English label and a blank row is added
    const patch = optionsPatch(select, [rows[0]!, { ...rows[1]!, en: 'Sole trader' }, { value: ' ', label: '', en: 'x' }]);
    // then
    expect(patch.enum).toEqual(select.enum);
    expect(patch['x-i18n']).toEqual({ en: { title: 'Type', options: { 有限公司: 'Limited company', 个体: 'Sole trader' } } });
  });

  it('sets limits as numbers (a pattern as text) and removes emptied ones', () => {
    const props: FormNodeProps = { type: 'number', 'x-validator': { minimum: 1 } };
    expect(validatorPatch(props, 'maximum', '10')).toEqual({ 'x-validator': { minimum: 1, maximum: 10 } });
    expect(validatorPatch(props, 'minimum', 'abc')).toEqual({ 'x-validator': undefined });
    expect(validatorPatch({ type: 'string' }, 'pattern', '^\\d+$')).toEqual({ 'x-validator': { pattern: '^\\d+$' } });
  });

  it('sets component props and typed defaults', () => {
    expect(componentPropPatch({ type: 'string', 'x-component-props': { placeholder: 'x' } }, 'placeholder', '')).toEqual({ 'x-component-props': undefined });
    expect(defaultPatch('integer', '3')).toEqual({ default: 3 });
    expect(defaultPatch('boolean', 'true')).toEqual({ default: true });
    expect(defaultPatch('text', '济宁')).toEqual({ default: '济宁' });
    expect(defaultPatch('number', 'x')).toEqual({ default: undefined });
    expect([takesDefault('text'), takesDefault('file'), takesDefault('table'), takesDefault('Section')]).toEqual([true, false, false, false]);
  });
});
