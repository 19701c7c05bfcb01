import { describe, expect, it } from 'vitest';
import type { Situation } from '@yilian/shared';
import { emptyDrafts, toAnswers } from './checklist-answers';

const situations: Situation[] = [
  { key: 'premises.area', question: '经营场所建筑面积（㎡）', type: 'number' },
  { key: 'sellsTobacco', question: '是否经营卷烟零售？', type: 'boolean' },
  { key: 'venue', question: '场所类别', type: 'multiselect', options: ['餐厅', '酒吧'] },
];

describe('checklist answers', () => {
  it('starts every situation unanswered', () => {
    expect(emptyDrafts(situations)).toEqual({ 'premises.area': '', sellsTobacco: null, venue: [] });
  });

  it('sends typed answers and leaves unanswered situations out', () => {
    // given an area typed as text, "no" for tobacco and no venue
    const drafts = { 'premises.area': ' 320 ', sellsTobacco: false, venue: [] };
    // when turned into answers
    // then the number is a number, false is kept, the empty choice is left out
    expect(toAnswers(situations, drafts)).toEqual({ answers: { 'premises.area': 320, sellsTobacco: false }, invalid: [] });
  });

  it('reports a number that does not parse', () => {
    expect(toAnswers(situations, { 'premises.area': '三百', sellsTobacco: null, venue: ['餐厅'] })).toEqual({ answers: { venue: ['餐厅'] }, invalid: ['premises.area'] });
  });
});
