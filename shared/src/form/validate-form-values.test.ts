import { describe, expect, it } from 'vitest';
import type { FormSchema } from './form-schema';
import { formMessage } from './form-messages';
import { validateFormValues } from './validate-form-values';

const TODAY = new Date('2025-09-26T00:00:00Z');

const schema: FormSchema = {
  type: 'object',
  properties: {
    section_a: {
      type: 'void',
      'x-component': 'Section',
      properties: {
        'applicant.name': { type: 'string', title: '姓名', 'x-component': 'text', required: true, 'x-validator': { maxLength: 4 } },
        'applicant.id': { type: 'string', title: '身份证号', 'x-component': 'idcard', required: true },
        'premises.area': { type: 'number', title: '面积', 'x-component': 'area', 'x-validator': { minimum: 1 } },
        fee: { type: 'number', title: '金额', 'x-component': 'money' },
        kind: { type: 'string', title: '类别', 'x-component': 'select', enum: [{ label: '餐饮', value: '餐饮' }] },
        address: { type: 'object', title: '地址', 'x-component': 'address' },
        fireNote: {
          type: 'string', title: '消防说明', 'x-component': 'textarea',
          'x-reactions': [{ when: '{{ premises.area >= 300 }}', fulfill: { state: { visible: true, required: true } }, otherwise: { state: { visible: false } } }],
        },
        staff: {
          type: 'array', title: '人员', 'x-component': 'table',
          items: { type: 'object', properties: { mobile: { type: 'string', title: '手机', 'x-component': 'mobile', required: true } } },
        },
      },
    },
    section_tobacco: {
      type: 'void', 'x-component': 'Section',
      'x-reactions': [{ when: '{{ sellsTobacco = true }}', fulfill: { state: { visible: true } }, otherwise: { state: { visible: false } } }],
      properties: { licenceNo: { type: 'string', title: '许可证号', 'x-component': 'text', required: true } },
    },
  },
};

const valid = { applicant: { name: '张三', id: '370811199001011236' }, premises: { area: 120 }, fee: 12.5, kind: '餐饮', address: { region: '370811', detail: '建设路 1 号' } };

describe('validateFormValues', () => {
  it('accepts valid values; hidden fields (rules on fields and sections) are not required', () => {
    expect(validateFormValues(schema, valid, { sellsTobacco: false }, undefined, { today: TODAY })).toEqual([]);
  });

  it('names every problem by key with a code, params and a zh-CN message', () => {
    // given wrong values
    const values = {
      applicant: { name: '张三丰大侠', id: '370811199001011234' }, premises: { area: 0 }, fee: 1.234, kind: '酒吧',
      address: { region: '999999', detail: 'x' }, staff: [{ mobile: '123' }, {}],
    };
    // when
    const problems = validateFormValues(schema, values, { sellsTobacco: true }, undefined, { today: TODAY });
    // then
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['applicant.name', 'maxLength'], ['applicant.id', 'idcard'], ['premises.area', 'minimum'], ['fee', 'money'],
      ['kind', 'option'], ['address', 'region'], ['staff[0].mobile', 'mobile'], ['staff[1].mobile', 'required'], ['licenceNo', 'required'],
    ]);
    expect(problems[0]!.message).toBe('姓名最多 4 个字');
    expect(formMessage(problems[0]!.code, problems[0]!.params, 'en')).toBe('姓名 takes at most 4 characters');
  });

  it('reads situation answers overlaid by form values in rules', () => {
    // the answer says 500 but the form value 400 wins; either way the rule makes fireNote required
    const problems = validateFormValues(schema, { ...valid, premises: { area: 400 } }, { 'premises.area': 100 }, undefined, { today: TODAY });
    expect(problems.map((p) => p.path)).toEqual(['fireNote']);
  });

  it('follows field permissions: hidden skipped, read-only not required', () => {
    const problems = validateFormValues(schema, {}, {}, { 'applicant.name': 'hidden', 'applicant.id': 'read-only' }, { today: TODAY });
    expect(problems.map((p) => p.path)).toEqual([]);
  });

  it('matches a pattern against the whole value', () => {
    const coded: FormSchema = { type: 'object', properties: { code: { type: 'string', title: '编码', 'x-component': 'text', 'x-validator': { pattern: '\\d{6}' } } } };
    expect(validateFormValues(coded, { code: '370811' })).toEqual([]);
    expect(validateFormValues(coded, { code: 'x3708119' }).map((p) => p.code)).toEqual(['pattern']);
  });

  it('stores ID cards with an upper-case X only', () => {
    const problems = validateFormValues(schema, { ...valid, applicant: { name: '李四', id: '11010519491231002x' } }, {}, undefined, { today: TODAY });
    expect(problems.map((p) => p.code)).toEqual(['idcardUpper']);
  });
});
