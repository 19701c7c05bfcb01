import { describe, expect, it } from 'vitest';
import { checkSituationAnswers } from './situation-answers';
import type { Situation } from './types';

const situations: Situation[] = [
  { key: 'premises.area', question: '经营面积？', type: 'number' },
  { key: 'sellsTobacco', question: '是否经营烟草？', type: 'boolean' },
  { key: 'kind', question: '类别？', type: 'select', options: ['餐饮', '零售'] },
  { key: 'floors', question: '楼层数？', type: 'integer' },
];

describe('checkSituationAnswers', () => {
  it('accepts answers of the right type and null for "not answered"', () => {
    expect(checkSituationAnswers(situations, { 'premises.area': 320.5, sellsTobacco: false, kind: '餐饮', floors: null })).toEqual([]);
  });

  it('names unknown keys and wrong types by answers.<key>', () => {
    // when
    const problems = checkSituationAnswers(situations, {
      '__proto__.polluted': 1, 'premises.area': '300', sellsTobacco: 'yes', kind: '酒吧', floors: 2.5,
    });
    // then
    expect(problems.map((p) => p.path)).toEqual([
      'answers.__proto__.polluted', 'answers.premises.area', 'answers.sellsTobacco', 'answers.kind', 'answers.floors',
    ]);
    expect(problems[0]!.message).toContain('未知情形');
    expect(problems[1]!.message).toContain('必须为数字');
  });
});
