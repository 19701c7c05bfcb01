import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import ApplicationForm from './ApplicationForm.vue';
import { printGroups } from './application-groups';
import { allTypesSchema, linkedSchema } from '../testing/schemas';
import { formI18n } from '../testing/mount-form';

describe('printGroups', () => {
  it('groups visible fields by section, leaving out what rules and permissions hide', () => {
    // given a small restaurant that does not sell tobacco
    const groups = printGroups(linkedSchema, { applicant: { name: '张三' }, premises: { area: 80 } }, { sellsTobacco: false }, { 'applicant.id': 'hidden' });
    // then one group, without the fire note, the ID card or the tobacco section
    expect(groups.map((g) => [g.layout?.name, g.rows.map((r) => (r.kind === 'field' ? r.plan.key : r.layout.name))])).toEqual([
      ['section_applicant', ['applicant.name', 'premises.area']],
    ]);
  });
});

describe('ApplicationForm (申请表)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('prints the filled values by section with labels, then the signature and date lines', () => {
    // given filled values of every type
    const values = {
      name: '老张饭店', idNo: '370811199001011236', capital: 100000, area: 120.5, kind: '餐饮', scopes: ['热食', '冷食'], chain: false,
      inspectedAt: '2025-09-26T01:30:00Z', address: { region: '370811', detail: '建设路 1 号' },
      licence: [{ id: 'f1', name: '营业执照.pdf', size: 1024, sha256: 'x', type: 'application/pdf' }],
      staff: [{ person: '李四', mobile: '13800138000' }, { person: '王五' }],
    };
    // when printed
    const wrapper = mount(ApplicationForm, { props: { schema: allTypesSchema, values, name: '我要开餐饮店', code: 'YL-370800-CY-001' }, global: { plugins: [formI18n()] } });
    // then the title, the section and each value as people read it
    expect(wrapper.get('h1').text()).toBe('我要开餐饮店申请表');
    expect(wrapper.get('[data-testid="application-section"] h2').text()).toBe('基本信息');
    const cell = (key: string) => wrapper.get(`[data-field="${key}"] td`).text();
    expect(wrapper.get('[data-field="name"] th').text()).toBe('名称');
    expect(cell('name')).toBe('老张饭店');
    expect(cell('capital')).toBe('100000.00 元');
    expect(cell('area')).toBe('120.5 ㎡');
    expect(cell('scopes')).toBe('热食、冷食');
    expect(cell('chain')).toBe('否');
    expect(cell('inspectedAt')).toBe('2025-09-26 09:30');
    expect(cell('address')).toBe('山东省济宁市任城区 建设路 1 号');
    expect(cell('licence')).toBe('营业执照.pdf');
    expect(cell('note')).toBe('');
    const staff = wrapper.get('[data-field="staff"] table');
    expect(staff.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))).toEqual([['1', '李四', '13800138000'], ['2', '王五', '']]);
    // and the applicant signs and dates it
    expect(wrapper.get('[data-testid="application-signature"]').text()).toBe('申请人（签字/盖章）：');
    expect(wrapper.get('[data-testid="application-date"]').text()).toContain('日期：');
  });

  it('prints in English with zh-CN where a text has no translation', () => {
    const wrapper = mount(ApplicationForm, { props: { schema: allTypesSchema, values: { name: 'x', kind: '餐饮' }, name: 'Open a restaurant', locale: 'en' }, global: { plugins: [formI18n()] } });
    expect(wrapper.get('h1').text()).toBe('Application form: Open a restaurant');
    expect(wrapper.get('[data-field="name"] th').text()).toBe('Name');
    expect(wrapper.get('[data-field="kind"] td').text()).toBe('Catering');
    expect(wrapper.get('[data-field="note"] th').text()).toBe('备注');
    expect(wrapper.get('[data-testid="application-signature"]').text()).toBe('Applicant (signature/seal):');
  });
});
