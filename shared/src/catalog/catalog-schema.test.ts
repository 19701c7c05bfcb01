import { describe, expect, it } from 'vitest';
import { catalogSchema } from './catalog-schema';
import { parseCatalog } from './parse-catalog';
import { aField, aMaterial, aMatter, code } from './test-support';

describe('catalogSchema pass-through', () => {
  it('keeps unknown keys at every level so an export returns them unchanged', () => {
    // given unknown keys on the root, a data element, a matter, a material, a field, a column,
    // a chain and a situation
    const json = {
      format: 'yilian.catalog/v1',
      exportedBy: { system: '山东省政务服务事项管理系统', at: '2025-03-01T08:00:00+08:00' },
      dataElements: [{ key: 'enterprise.name', label: '企业名称', type: 'text', standard: 'GB/T 0000' }],
      matters: [
        aMatter(code(1), {
          localCode: '37080011400001',
          materials: [aMaterial('M-YYZZ', { sample: 'https://example.invalid/yyzz.pdf' })],
          fields: [
            aField('enterprise.name', '企业名称', { widget: { width: 2 } }),
            aField('rows', '明细', {
              type: 'table',
              columns: [aField('name', '姓名', { printWidth: 20 })],
            }),
          ],
        }),
      ],
      chains: [
        {
          code: 'YL-370800-TEST-001',
          name: '测试链条',
          subject: '法人',
          matters: [code(1)],
          situations: [{ key: 'sellsTobacco', question: '是否经营烟草？', type: 'boolean', hint: '卷烟、雪茄烟' }],
          banner: '一次办好',
        },
      ],
    };

    // when
    const parsed = catalogSchema.parse(json);
    const result = parseCatalog(json);

    // then
    expect(parsed).toEqual(json);
    expect(result).toEqual({ ok: true, value: json, warnings: [] });
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(json);
  });
});
