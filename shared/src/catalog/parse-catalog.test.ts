import { describe, expect, it } from 'vitest';
import { companyCatalog as company, newbornCatalog as newborn, restaurantCatalog as restaurant } from '../testing';
import { parseCatalog } from './parse-catalog';
import { aField, aMaterial, aMatter, code } from './test-support';
import { PATTERN_CATASTROPHIC, PATTERN_INVALID } from './schema-messages';

/** A deep copy of the restaurant fixture to break on purpose. */
const restaurantCopy = () => JSON.parse(JSON.stringify(restaurant));

const errorsOf = (json: unknown) => {
  const result = parseCatalog(json);
  if (result.ok) throw new Error('expected the catalog to be refused');
  return result.errors;
};

const catalogOf = (matters: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 'yilian.catalog/v1',
  matters,
  ...extra,
});

describe('parseCatalog on the theme fixtures', () => {
  it.each([
    ['restaurant', restaurant],
    ['newborn', newborn],
    ['company', company],
  ])('accepts %s.json without errors or warnings, value equal to the input', (_name, json) => {
    // given a fixture that follows catalog-format.md exactly
    // when
    const result = parseCatalog(json);

    // then
    expect(result).toEqual({ ok: true, value: json, warnings: [] });
  });
});

describe('parseCatalog errors', () => {
  it('names a missing material code by its JSON path', () => {
    // given the second material of the first matter without its code
    const json = restaurantCopy();
    delete json.matters[0].materials[1].code;

    // when / then
    expect(errorsOf(json)).toEqual([{ path: 'matters[0].materials[1].code', message: '必填' }]);
  });

  it('names a field type outside the enum', () => {
    // given
    const json = restaurantCopy();
    json.matters[1].fields[0].type = 'string';

    // when
    const errors = errorsOf(json);

    // then
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('matters[1].fields[0].type');
    expect(errors[0]?.message).toMatch(/^必须为 text、textarea、.*、table 之一$/);
  });

  it('names a matter type outside the enum', () => {
    // given
    const json = restaurantCopy();
    json.matters[2].type = '行政审批';

    // when / then
    expect(errorsOf(json)).toEqual([
      { path: 'matters[2].type', message: '必须为 行政许可、行政确认、行政给付、行政备案、公共服务、其他 之一' },
    ]);
  });

  it('names a duplicate matter code and a chain naming an unknown matter', () => {
    // given a second copy of the second matter, and a chain listing a matter not in the file
    const json = restaurantCopy();
    json.matters.push(json.matters[1]);
    json.chains[0].matters.push('000999999000');

    // when / then
    expect(errorsOf(json)).toEqual([
      { path: 'matters[5].code', message: '事项编码 000131024000 重复（与 matters[1] 相同）' },
      { path: 'chains[0].matters[5]', message: '事项 000999999000 不在本文件的 matters 中' },
    ]);
  });

  it('collects every error at once, cross-matter checks included', () => {
    // given shape errors in two matters plus a duplicate code and an unknown chain matter
    const json = restaurantCopy();
    delete json.matters[0].materials[1].code;
    json.matters[1].legalLimitDays = -1;
    json.matters.push({ ...json.matters[4], fee: 0 });
    json.chains[0].matters.push('000888888000');

    // when / then
    expect(errorsOf(json)).toEqual([
      { path: 'matters[0].materials[1].code', message: '必填' },
      { path: 'matters[1].legalLimitDays', message: '不能为负数' },
      { path: 'matters[5].fee', message: '必须为文本' },
      { path: 'matters[5].code', message: '事项编码 000162004000 重复（与 matters[4] 相同）' },
      { path: 'chains[0].matters[5]', message: '事项 000888888000 不在本文件的 matters 中' },
    ]);
  });

  it('refuses repeated codes and keys inside one matter, and a matter depending on itself', () => {
    // given
    const matter = aMatter(code(1), {
      materials: [aMaterial('M-A'), aMaterial('M-B'), aMaterial('M-A')],
      fields: [aField('a', 'A'), aField('a', 'A again')],
      dependsOn: [code(1)],
    });

    // when / then
    expect(errorsOf(catalogOf([matter]))).toEqual([
      { path: 'matters[0].materials[2].code', message: '材料编码 M-A 重复（与 materials[0] 相同）' },
      { path: 'matters[0].fields[1].key', message: '字段 a 重复（与 fields[0] 相同）' },
      { path: 'matters[0].dependsOn[0]', message: '事项不能依赖自身' },
    ]);
  });

  it('checks field definitions: options, columns, limits and patterns', () => {
    // given
    const fields = [
      aField('kind', '类别', { type: 'select' }),
      aField('tags', '标签', { type: 'multiselect', options: [] }),
      aField('rows', '明细', { type: 'table' }),
      aField('name', '名称', { columns: [aField('x', 'X')] }),
      aField('grid', '表格', { type: 'table', columns: [aField('x', 'X'), aField('x', 'Y', { type: 'table' })] }),
      aField('age', '年龄', { type: 'integer', min: 10, max: 1 }),
      aField('code', '编码', { pattern: '([a-z' }),
    ];

    // when / then
    expect(errorsOf(catalogOf([aMatter(code(1), { fields })]))).toEqual([
      { path: 'matters[0].fields[0].options', message: 'select 字段必须提供 options' },
      { path: 'matters[0].fields[1].options', message: 'multiselect 字段必须提供 options' },
      { path: 'matters[0].fields[2].columns', message: 'table 字段必须提供 columns' },
      { path: 'matters[0].fields[3].columns', message: 'columns 仅用于 table 字段' },
      { path: 'matters[0].fields[4].columns[1].columns', message: 'table 字段必须提供 columns' },
      { path: 'matters[0].fields[4].columns[1].type', message: '表格列不能再是 table' },
      { path: 'matters[0].fields[4].columns[1].key', message: '列 x 重复（与 columns[0] 相同）' },
      { path: 'matters[0].fields[5].min', message: 'min（10）不能大于 max（1）' },
      { path: 'matters[0].fields[6].pattern', message: '不是有效的正则表达式' },
    ]);
  });

  it('checks that chain references name the chain’s own matters', () => {
    // given a chain of two matters whose applicability and dependsOn name a third
    const chain = {
      code: 'YL-TEST-001',
      name: '测试链条',
      subject: '法人',
      matters: [code(1), code(2), code(1)],
      situations: [{ key: 'kind', question: '类别？', type: 'select' }],
      applicability: { [code(3)]: 'kind = "甲"' },
      dependsOn: { [code(2)]: [code(2), code(3)], [code(3)]: [code(1)] },
    };

    // when
    const errors = errorsOf(catalogOf([aMatter(code(1)), aMatter(code(2)), aMatter(code(3))], { chains: [chain] }));

    // then
    expect(errors).toEqual([
      { path: 'chains[0].situations[0].options', message: 'select 情形必须提供 options' },
      { path: 'chains[0].matters[2]', message: '事项 000000000001 重复（与 matters[0] 相同）' },
      { path: 'chains[0].applicability.000000000003', message: '事项 000000000003 不在本链条的 matters 中' },
      { path: 'chains[0].dependsOn.000000000002[0]', message: '事项不能依赖自身' },
      { path: 'chains[0].dependsOn.000000000002[1]', message: '事项 000000000003 不在本链条的 matters 中' },
      { path: 'chains[0].dependsOn.000000000003', message: '事项 000000000003 不在本链条的 matters 中' },
    ]);
  });

  it('refuses a malformed matter code and missing required keys', () => {
    // given
    const matter: Record<string, unknown> = { ...aMatter('00013112'), steps: undefined };
    delete matter.materials;

    // when / then
    expect(errorsOf(catalogOf([matter]))).toEqual([
      { path: 'matters[0].code', message: '事项编码必须为 12–14 位字母或数字' },
      { path: 'matters[0].steps', message: '必填' },
      { path: 'matters[0].materials', message: '必填' },
    ]);
  });

  it.each([[null], ['catalog'], [[]], [42]])('refuses the non-object %j at the document root', (json) => {
    // given / when / then
    expect(errorsOf(json)).toEqual([{ path: '$', message: '事项目录文件必须为 JSON 对象' }]);
  });

  it('refuses patterns that backtrack catastrophically, at their JSON paths, before anything runs them', () => {
    // given a field, a table column and a data element with ambiguous repetitions, and a pattern that does not compile
    const json = restaurantCopy();
    json.matters[1].fields[2].pattern = '(a+)+$';
    json.matters[0].fields[9].columns[2].pattern = '(\\w+\\s?)+$';
    json.dataElements[3].pattern = '(a|a)*';
    json.matters[2].fields[0].pattern = '(a';
    // and an ordinary pattern with a Chinese range
    json.matters[1].fields[3].pattern = '^[\\u4e00-\\u9fa5]{2,20}$';

    // when / then every refused pattern is named by its path, with the zh-CN reason
    expect(errorsOf(json)).toEqual([
      { path: 'dataElements[3].pattern', message: PATTERN_CATASTROPHIC },
      { path: 'matters[0].fields[9].columns[2].pattern', message: PATTERN_CATASTROPHIC },
      { path: 'matters[1].fields[2].pattern', message: PATTERN_CATASTROPHIC },
      { path: 'matters[2].fields[0].pattern', message: PATTERN_INVALID },
    ]);
  });

  it('refuses another format and a missing matters list', () => {
    // given / when / then
    expect(errorsOf({ format: 'yilian.catalog/v2' })).toEqual([
      { path: 'format', message: 'format 必须为 "yilian.catalog/v1"' },
      { path: 'matters', message: '必填' },
    ]);
  });
});

describe('parseCatalog warnings', () => {
  it('warns about promised > legal, a fee written 无 and a prerequisite outside the file', () => {
    // given
    const matter = aMatter(code(1), { legalLimitDays: 5, promisedLimitDays: 7, fee: '无', dependsOn: [code(9)] });

    // when
    const result = parseCatalog(catalogOf([matter]));

    // then
    expect(result.ok && result.warnings).toEqual([
      { path: 'matters[0].promisedLimitDays', message: '承诺时限（7 个工作日）超过法定时限（5 个工作日）' },
      { path: 'matters[0].fee', message: '不收费应写作“不收费”，不写“无”' },
      { path: 'matters[0].dependsOn[0]', message: '前置事项 000000000009 不在本文件中，导入前请确认平台已有该事项' },
    ]);
  });
});
