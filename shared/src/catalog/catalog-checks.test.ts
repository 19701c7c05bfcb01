import { describe, expect, it } from 'vitest';
import { companyCatalog as company, newbornCatalog as newborn, restaurantCatalog as restaurant } from '../testing';
import { catalogChecks } from './catalog-checks';
import { parseCatalog } from './parse-catalog';
import { aField, aMaterial, aMatter, code } from './test-support';
import type { Catalog } from './types';

const load = (json: unknown): Catalog => {
  const result = parseCatalog(json);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe('catalogChecks on the theme fixtures', () => {
  it('finds premises.area typed text in 食品经营许可 but area elsewhere (restaurant)', () => {
    // given
    const catalog = load(restaurant);

    // when
    const findings = catalogChecks(catalog.matters, catalog.dataElements);

    // then
    expect(findings).toEqual([
      {
        kind: 'field-definition',
        message:
          '字段 premises.area 在各事项中定义不一致：类型不同；取值范围、长度或格式要求不同' +
          '（000131024000：text，000125049000：area，000162004000：area）',
        matterCodes: ['000131024000', '000125049000', '000162004000'],
        key: 'premises.area',
        params: {
          key: 'premises.area',
          aspects: ['type', 'constraints'],
          matters: ['000131024000', '000125049000', '000162004000'],
          types: ['text', 'area', 'area'],
          matterNames: ['食品经营许可（新办）', '公众聚集场所投入使用、营业前消防安全检查', '烟草专卖零售许可证核发（新办）'],
        },
      },
    ]);
  });

  it('finds baby.birthPlace as free text in 出生医学证明 but an address in 出生登记 (newborn)', () => {
    // given / when
    const findings = catalogChecks(load(newborn).matters);

    // then
    expect(findings.map(({ kind, key, matterCodes }) => ({ kind, key, matterCodes }))).toEqual([
      { kind: 'field-definition', key: 'baby.birthPlace', matterCodes: ['000129601000', '000111602000'] },
    ]);
  });

  it('finds two option sets for enterprise.type (company)', () => {
    // given
    const catalog = load(company);

    // when / then
    expect(catalogChecks(catalog.matters, catalog.dataElements)).toEqual([
      {
        kind: 'field-definition',
        message: '字段 enterprise.type 在各事项中定义不一致：选项集合不同',
        matterCodes: ['000131127004', '000120601000'],
        key: 'enterprise.type',
        params: { key: 'enterprise.type', aspects: ['options'], matters: [], types: [], matterNames: ['企业设立登记', '单位社会保险登记'] },
      },
    ]);
  });

  it('finds nothing more across all three files together: material names and data elements agree', () => {
    // given every distinct matter of the three files (企业设立登记 is in two of them)
    const matters = [restaurant, newborn, company].flatMap((json) => load(json).matters);
    const byCode = new Map(matters.map((matter) => [matter.code, matter]));
    const dataElements = [...load(restaurant).dataElements ?? [], ...load(company).dataElements ?? []];

    // when
    const findings = catalogChecks([...byCode.values()], dataElements);

    // then
    expect(byCode.size).toBe(17);
    expect(findings.map((finding) => finding.key)).toEqual(['enterprise.type', 'premises.area', 'baby.birthPlace']);
  });
});

describe('catalogChecks', () => {
  it('reports material names, data element definitions, limits and the fee wording', () => {
    // given
    const dataElements = [aField('contact.mobile', '联系人手机号码', { type: 'mobile' })];
    const first = aMatter(code(1), {
      materials: [aMaterial('M-CSZM', { name: '经营场所使用证明' })],
      fields: [aField('contact.mobile', '联系电话', { type: 'text', maxLength: 11 })],
    });
    const second = aMatter(code(2), {
      legalLimitDays: 3,
      promisedLimitDays: 5,
      fee: ' 无 ',
      materials: [aMaterial('M-CSZM', { name: '场地证明' })],
      fields: [aField('contact.mobile', '联系人手机', { type: 'mobile' })],
    });

    // when
    const findings = catalogChecks([first, second], dataElements);

    // then
    expect(findings).toEqual([
      {
        kind: 'field-definition',
        message:
          '字段 contact.mobile 在各事项中定义不一致：类型不同；取值范围、长度或格式要求不同' +
          `（${code(1)}：text，${code(2)}：mobile）`,
        matterCodes: [code(1), code(2)],
        key: 'contact.mobile',
        params: { key: 'contact.mobile', aspects: ['type', 'constraints'], matters: [code(1), code(2)], types: ['text', 'mobile'], matterNames: [`事项 ${code(1)}`, `事项 ${code(2)}`] },
      },
      {
        kind: 'data-element-definition',
        message: '字段 contact.mobile 与数据元定义不一致：类型不同；取值范围、长度或格式要求不同',
        matterCodes: [code(1)],
        key: 'contact.mobile',
        params: { key: 'contact.mobile', aspects: ['type', 'constraints'], matterNames: [`事项 ${code(1)}`] },
      },
      {
        kind: 'material-name',
        message: `材料 M-CSZM 在各事项中名称不一致：“经营场所使用证明”（${code(1)}）；“场地证明”（${code(2)}）`,
        matterCodes: [code(1), code(2)],
        code: 'M-CSZM',
        params: { code: 'M-CSZM', names: ['经营场所使用证明', '场地证明'], nameMatters: [code(1), code(2)], matterNames: [`事项 ${code(1)}`, `事项 ${code(2)}`] },
      },
      {
        kind: 'promised-exceeds-legal',
        message: `事项 ${code(2)}：承诺时限 5 天超过法定时限 3 天`,
        matterCodes: [code(2)],
        params: { matter: `事项 ${code(2)}`, promised: 5, legal: 3, matterNames: [`事项 ${code(2)}`] },
      },
      {
        kind: 'fee-wording',
        message: `事项 ${code(2)}：收费写作“无”，应写“不收费”`,
        matterCodes: [code(2)],
        params: { matter: `事项 ${code(2)}`, fee: '不收费', matterNames: [`事项 ${code(2)}`] },
      },
    ]);
  });
});
