import { describe, expect, it } from 'vitest';
import { checkFeel, conditionHolds } from '@yilian/shared';
import { conditionOf, effectOf, equalsCondition, feelLiteral, ruleFor, withCondition, withEffect } from './rule-templates';
import { ruleSubjects } from './rule-subjects';
import { sampleModel } from '../model/test-items';

describe('rule templates', () => {
  it('writes "required only when <field> = <value>" as a FEEL rule that holds exactly then', () => {
    // when
    const rule = ruleFor('required', equalsCondition('enterprise.type', '有限"公司"', 'select'));
    // then
    expect(rule).toEqual({ when: '{{ enterprise.type = "有限\\"公司\\"" }}', fulfill: { state: { required: true } }, otherwise: { state: { required: false } } });
    expect(checkFeel(conditionOf(rule), ['enterprise.type'], 't')).toEqual([]);
    expect(conditionHolds(rule, { enterprise: { type: '有限"公司"' } }, 't')).toBe(true);
    expect(conditionHolds(rule, { enterprise: { type: '个体' } }, 't')).toBe(false);
  });

  it('types literals: numbers and booleans bare, everything else quoted', () => {
    expect(feelLiteral('300', 'area')).toBe('300');
    expect(feelLiteral('true', 'boolean')).toBe('true');
    expect(feelLiteral('300', 'text')).toBe('"300"');
    expect(feelLiteral('a\\b', 'text')).toBe('"a\\\\b"');
  });

  it('changes a rule\'s effect (both branches) and condition', () => {
    const rule = ruleFor('visible', 'a = 1');
    expect(effectOf(withEffect(rule, 'disabled', false))).toEqual({ effect: 'disabled', value: false });
    expect(withEffect(rule, 'disabled', false).otherwise).toEqual({ state: { disabled: true } });
    expect(conditionOf(withCondition(rule, 'b > 2'))).toBe('b > 2');
  });

  it('offers situations, then the form\'s fields, as rule subjects', () => {
    const subjects = ruleSubjects([{ key: 'premises.area', question: '面积', type: 'number' }], sampleModel());
    expect(subjects.map((s) => `${s.key}:${s.situation}`)).toEqual(['premises.area:true', 'a:false', 'b:false', 'c:false', 'rows:false', 'd:false']);
  });
});
