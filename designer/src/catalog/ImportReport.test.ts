import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ImportReport from './ImportReport.vue';
import type { ImportReport as Report } from '../api/catalog';
import { catalogPlugins, cityAdminMe } from './test-support';

const report: Report = {
  added: ['000131024000', '000131127004'],
  changed: ['000125049000'],
  unchanged: ['000162004000'],
  chainsCreated: ['YL-370800-CY-001'],
  chainsExisting: [],
  departmentsCreated: ['烟草专卖局'],
  dataElements: { added: ['enterprise.uscc'], updated: ['premises.area'], unchanged: [] },
  warnings: [{ path: 'matters[1].fee', message: '不收费应写作“不收费”，不写“无”' }],
};

describe('ImportReport', async () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the counts and every list of a successful import', async () => {
    // given the server's report
    // when it is rendered
    const wrapper = mount(ImportReport, { attachTo: document.body, props: { report }, global: { plugins: catalogPlugins(cityAdminMe).plugins } });
    await flushPromises();
    // then the summary names the three matter counts
    expect(wrapper.get('[data-testid="import-report"]').text()).toContain('新增 2 个、变更 1 个、未变更 1 个事项');
    expect(wrapper.get('[data-testid="import-report-count-added"]').text()).toBe('2');
    expect(wrapper.get('[data-testid="import-report-count-departments-created"]').text()).toBe('1');
    // and the added and changed matters link to their detail pages
    const added = wrapper.get('[data-testid="import-report-added"]');
    expect(added.attributes('open')).toBeDefined();
    expect(added.findAll('a').map((a) => a.attributes('href'))).toEqual(['/catalog/matters/000131024000', '/catalog/matters/000131127004']);
    expect(wrapper.get('[data-testid="import-report-changed"]').text()).toContain('000125049000');
    // and unchanged matters are listed but folded away
    expect(wrapper.get('[data-testid="import-report-unchanged"]').attributes('open')).toBeUndefined();
    // and chains, departments and data elements are named
    expect(wrapper.get('[data-testid="import-report-chains-created"]').text()).toContain('YL-370800-CY-001');
    expect(wrapper.get('[data-testid="import-report-departments-created"]').text()).toContain('烟草专卖局');
    expect(wrapper.get('[data-testid="import-report-elements-added"]').text()).toContain('enterprise.uscc');
    expect(wrapper.get('[data-testid="import-report-elements-updated"]').text()).toContain('premises.area');
    // and each warning shows its JSON path
    const warnings = wrapper.get('[data-testid="import-report-warnings"]');
    expect(warnings.text()).toContain('matters[1].fee');
    expect(warnings.text()).toContain('不写“无”');
  });

  it('says 无 for an empty list', async () => {
    const empty: Report = { ...report, added: [], warnings: [] };
    const wrapper = mount(ImportReport, { props: { report: empty }, global: { plugins: catalogPlugins(cityAdminMe).plugins } });
    expect(wrapper.get('[data-testid="import-report-added"]').text()).toContain('新增事项（0）');
    expect(wrapper.get('[data-testid="import-report-added"]').text()).toContain('无');
    expect(wrapper.get('[data-testid="import-report-warnings"]').text()).toContain('警告（0）');
  });
});
