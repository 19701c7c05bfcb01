import { describe, expect, it } from 'vitest';
import { aField, aMatter, code } from '../catalog/test-support';
import { findSuggestions } from './find-suggestions';

describe('findSuggestions', () => {
  it('pairs keys whose label variants normalise alike, keys in chain order of first appearance', () => {
    // given legalRep.name first labelled differently, then 法人姓名 under another key
    const matters = [
      aMatter(code(1), { fields: [aField('legalRep.name', '负责人姓名')] }),
      aMatter(code(2), { fields: [aField('enterprise.legalPersonName', '法人姓名')] }),
      aMatter(code(3), { fields: [aField('legalRep.name', '法定代表人（负责人）姓名')] }),
    ];

    // when / then: the match uses the second label variant of legalRep.name, not only its first label
    expect(findSuggestions(matters)).toEqual([
      { keys: ['legalRep.name', 'enterprise.legalPersonName'], labels: ['法定代表人（负责人）姓名', '法人姓名'] },
    ]);
  });

  it('never pairs keys that one matter asks together', () => {
    // given mother.name and child.name both labelled 姓名-like, asked together by the second matter
    const matters = [
      aMatter(code(1), { fields: [aField('baby.name', '婴儿姓名')] }),
      aMatter(code(2), { fields: [aField('child.name', '新生儿姓名'), aField('baby.name', '宝宝姓名')] }),
    ];

    // when / then
    expect(findSuggestions(matters)).toEqual([]);
  });

  it('orders pairs by their first key, then by their second', () => {
    // given
    const matters = [
      aMatter(code(1), { fields: [aField('a.mobile', '手机号码'), aField('a.address', '住址')] }),
      aMatter(code(2), { fields: [aField('b.address', '地址'), aField('b.mobile', '移动电话'), aField('c.mobile', '手机')] }),
    ];

    // when / then
    expect(findSuggestions(matters)).toEqual([
      { keys: ['a.mobile', 'b.mobile'], labels: ['手机号码', '移动电话'] },
      { keys: ['a.mobile', 'c.mobile'], labels: ['手机号码', '手机'] },
      { keys: ['a.address', 'b.address'], labels: ['住址', '地址'] },
    ]);
  });

  it('ignores labels that normalise to nothing and table columns', () => {
    // given
    const matters = [
      aMatter(code(1), {
        fields: [aField('x', '（备注）'), aField('rows', '明细', { type: 'table', columns: [aField('name', '姓名')] })],
      }),
      aMatter(code(2), { fields: [aField('y', '【附加】'), aField('person.name', '姓名')] }),
    ];

    // when / then
    expect(findSuggestions(matters)).toEqual([]);
  });
});
