import { describe, expect, it } from 'vitest';
import { normaliseLabel } from './normalise-label';

describe('normaliseLabel', () => {
  it.each([
    // brackets: full-width （） become ASCII under NFKC and are dropped with their content
    ['法定代表人（负责人）身份证号码', '法定代表人身份证号'],
    ['出生时间（时:分）', '出生时间'],
    ['招牌面积（㎡）', '招牌面积'],
    ['企业名称[字号]', '企业名'],
    ['【必填】联系人姓名', '联系人名'],
    ['济审服字〔2021〕26号', '济审服字26号'],
    ['名称（含（嵌套）括号）', '名'],
    ['股东（发起人【自然人】）出资情况', '股东出资情况'],
    // an unclosed bracket is not a bracketed part: only the bracket itself (punctuation) goes
    ['出生时间（时:分', '出生时间时分'],
    // whitespace (incl. the ideographic space), punctuation, symbols and 的
    ['母亲　姓名', '母亲名'],
    ['联系人 手机号码：', '联系人手机'],
    ['已设置的消防设施', '已设置消防设施'],
    ['金额￥/元', '金额元'],
    ['ＡＢＣ－１２３', 'ABC123'],
    // synonyms, in the specified order
    ['法人代表姓名', '法定代表人名'],
    ['法人姓名', '法定代表人名'],
    ['法定代表人姓名', '法定代表人名'],
    ['居民身份证号码', '身份证号'],
    ['母亲公民身份号码', '母亲身份证号'],
    ['身份证件号码', '身份证号'],
    ['移动电话', '手机'],
    ['手机号', '手机'],
    ['固定电话号码', '固定电话'],
    ['婴儿姓名', '新生儿名'],
    ['宝宝姓名', '新生儿名'],
    ['银行卡号', '银行账号'],
    ['银行帐号', '银行账号'],
    ['家庭现住址', '家庭现地址'],
    ['单位名称', '单位名'],
    // one pass in order: 移动电话 becomes 手机 after the 手机号码 rule has run, so 手机号码 stays
    ['移动电话号码', '手机号码'],
    ['（）', ''],
  ])('normalises %s to %s', (label, expected) => {
    // given / when / then
    expect(normaliseLabel(label)).toBe(expected);
  });

  it('makes the labels departments use for one concept equal', () => {
    // given labels of legalRep.name and enterprise.legalPersonName in restaurant.json
    const labels = ['法定代表人姓名', '法定代表人（负责人）姓名', '法定代表人（消防安全责任人）姓名', '法人姓名'];

    // when / then
    expect(new Set(labels.map(normaliseLabel))).toEqual(new Set(['法定代表人名']));
  });
});
