/** Small form schemas for the renderer's tests (tests only). */
import type { FormSchema } from '@yilian/shared';

/** Applicant data, a premises section whose fire note a rule shows and requires, and a tobacco section. */
export const linkedSchema: FormSchema = {
  type: 'object',
  properties: {
    section_applicant: {
      type: 'void',
      title: '申请人信息',
      'x-component': 'Section',
      'x-i18n': { en: { title: 'Applicant' } },
      properties: {
        'applicant.name': { type: 'string', title: '姓名', 'x-component': 'text', 'x-decorator': 'FormItem', required: true, 'x-i18n': { en: { title: 'Name' } } },
        'applicant.id': { type: 'string', title: '身份证号', 'x-component': 'idcard', 'x-decorator': 'FormItem' },
        'premises.area': { type: 'number', title: '经营面积', 'x-component': 'area', 'x-decorator': 'FormItem' },
        fireNote: {
          type: 'string', title: '消防说明', 'x-component': 'textarea', 'x-decorator': 'FormItem',
          'x-reactions': [{ when: '{{ premises.area >= 300 }}', fulfill: { state: { visible: true, required: true } }, otherwise: { state: { visible: false } } }],
        },
      },
    },
    section_tobacco: {
      type: 'void',
      title: '烟草零售',
      'x-component': 'Section',
      'x-reactions': [{ when: '{{ sellsTobacco = true }}', fulfill: { state: { visible: true } }, otherwise: { state: { visible: false } } }],
      properties: {
        licenceNo: { type: 'string', title: '许可证号', 'x-component': 'text', 'x-decorator': 'FormItem', required: true },
      },
    },
  },
};

/** Every field type once (a table of staff with a mobile column), in a grid, with help texts in both languages. */
export const allTypesSchema: FormSchema = {
  type: 'object',
  properties: {
    section_main: {
      type: 'void',
      title: '基本信息',
      'x-component': 'Section',
      'x-i18n': { en: { title: 'Basics' } },
      properties: {
        intro: { type: 'void', 'x-component': 'TextBlock', 'x-component-props': { content: '请如实填写。' }, 'x-i18n': { en: { content: 'Please answer truthfully.' } } },
        grid: {
          type: 'void',
          'x-component': 'Grid',
          'x-component-props': { columns: 2 },
          properties: {
            name: { type: 'string', title: '名称', description: '与营业执照一致', 'x-component': 'text', required: true, 'x-i18n': { en: { title: 'Name', description: 'As on the business licence' } } },
            note: { type: 'string', title: '备注', 'x-component': 'textarea' },
            idNo: { type: 'string', title: '身份证号', 'x-component': 'idcard' },
            creditCode: { type: 'string', title: '统一社会信用代码', 'x-component': 'uscc' },
            phone: { type: 'string', title: '手机号码', 'x-component': 'mobile' },
            mail: { type: 'string', title: '电子邮箱', 'x-component': 'email' },
            seats: { type: 'number', title: '座位数', 'x-component': 'integer' },
            ratio: { type: 'number', title: '比例', 'x-component': 'number' },
            area: { type: 'number', title: '面积', 'x-component': 'area' },
            capital: { type: 'number', title: '注册资本', 'x-component': 'money' },
            opened: { type: 'string', title: '开业日期', 'x-component': 'date' },
            inspectedAt: { type: 'string', title: '检查时间', 'x-component': 'datetime' },
            kind: { type: 'string', title: '类别', 'x-component': 'select', enum: [{ label: '餐饮', value: '餐饮' }, { label: '零售', value: '零售' }], 'x-i18n': { en: { title: 'Kind', options: { 餐饮: 'Catering' } } } },
            scopes: { type: 'array', title: '经营范围', 'x-component': 'multiselect', enum: [{ label: '热食', value: '热食' }, { label: '冷食', value: '冷食' }] },
            chain: { type: 'boolean', title: '是否连锁', 'x-component': 'boolean' },
          },
        },
        address: { type: 'object', title: '经营场所', 'x-component': 'address' },
        licence: { type: 'array', title: '营业执照', 'x-component': 'file', 'x-component-props': { maxCount: 2 } },
        staff: {
          type: 'array', title: '从业人员', 'x-component': 'table',
          items: { type: 'object', properties: {
            person: { type: 'string', title: '姓名', 'x-component': 'text', required: true },
            mobile: { type: 'string', title: '手机', 'x-component': 'mobile' },
          } },
        },
      },
    },
  },
};

/** Two steps (分步): the applicant first, then the premises; a text block; x-index ordering. */
export const stepsSchema: FormSchema = {
  type: 'object',
  properties: {
    steps: {
      type: 'void',
      'x-component': 'Steps',
      properties: {
        premises: {
          type: 'void', title: '经营场所', 'x-component': 'Step', 'x-index': 2,
          properties: { area: { type: 'number', title: '面积', 'x-component': 'area', required: true } },
        },
        applicant: {
          type: 'void', title: '申请人', 'x-component': 'Step', 'x-index': 1, 'x-i18n': { en: { title: 'Applicant' } },
          properties: {
            name: { type: 'string', title: '姓名', 'x-component': 'text', required: true },
            mobile: { type: 'string', title: '手机', 'x-component': 'mobile' },
          },
        },
      },
    },
  },
};
