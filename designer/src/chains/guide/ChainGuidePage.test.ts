import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import type { ServiceGuide } from '@yilian/shared';
import type { ChainChecklist } from '../../api/chains';
import ChainGuidePage from './ChainGuidePage.vue';
import { jsonResponse, stubFetch } from '../../testing/fetch-stub';
import { chainPlugins, cityAdminMe, RouteHost } from '../fixtures/mount';

const material = (code: string, name: string, exempt: ServiceGuide['materials'][number]['exempt'] = null) => ({
  code, name, required: true, copies: 1, form: '电子件', requiredBy: ['食品经营许可（新办）'], exempt, rongque: false, commitment: false,
});

const guide: ServiceGuide = {
  chain: { code: 'YL-370800-CY-001', name: '我要开餐饮店', subject: '法人' },
  applicants: '法人及其他组织',
  matters: [],
  stages: [{ stage: 1, matters: [{ code: '000131127004', name: '企业设立登记', department: '行政审批服务局' }] }],
  materials: [material('M-PMT', '经营场所平面布置图'), material('M-YYZZ', '营业执照', { reason: 'produced', text: '免提交：由本链条「企业设立登记」办理结果自动获取' })],
  promisedLimit: { days: 7, text: '自受理之日起7个工作日办结' },
  legalLimit: { days: 23, text: '23个工作日', uncappedDays: 23, exceeds45: false },
  fee: '不收费',
  visits: 1,
  situations: [{ key: 'premises.area', question: '经营场所建筑面积（㎡）' }, { key: 'sellsTobacco', question: '是否经营卷烟零售？' }],
  window: { name: '综合受理窗口', address: '', phone: '', hours: '' },
  onlineUrl: 'http://127.0.0.1/chains/YL-370800-CY-001',
  metrics: null,
  blockers: ['字段冲突'],
};

const checklist: ChainChecklist = {
  matters: [{ code: '000131127004', name: '企业设立登记' }, { code: '000125049000', name: '消防安全检查' }],
  excluded: [{ code: '000162004000', name: '烟草专卖零售许可证核发（新办）' }],
  bring: [material('M-PMT', '经营场所平面布置图')],
  exempt: [material('M-YYZZ', '营业执照', { reason: 'produced', text: '免提交：由本链条「企业设立登记」办理结果自动获取' })],
  fields: [{ key: 'enterprise.name', label: '企业名称', required: true }],
  undetermined: [],
};

describe('ChainGuidePage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('previews the draft guide and lists exactly what one applicant brings for their answers', async () => {
    // given the restaurant chain's guide, its situations and a checklist answer
    const seen = stubFetch(({ method, url }) => {
      if (url === '/api/chains/c1/guide') return jsonResponse(guide);
      if (url === '/api/chains/c1') {
        return jsonResponse({
          chain: { id: 'c1', status: 'draft', recipe: { situations: [
            { key: 'premises.area', question: '经营场所建筑面积（㎡）', type: 'number' },
            { key: 'sellsTobacco', question: '是否经营卷烟零售？', type: 'boolean' },
          ] } },
          composition: {},
        });
      }
      if (method === 'POST' && url === '/api/chains/c1/checklist') return jsonResponse(checklist);
      throw new Error(`unexpected ${method} ${url}`);
    });
    const { plugins, router } = chainPlugins(cityAdminMe, { guide: ChainGuidePage });
    await router.push('/chains/c1/guide');
    const wrapper = mount(RouteHost, { attachTo: document.body, global: { plugins } });
    await flushPromises();
    // then the guide renders with the draft notice and a print button
    expect(wrapper.get('[data-testid="guide-sheet"]').text()).toContain('我要开餐饮店 办事指南');
    expect(wrapper.get('[data-testid="guide-fee"]').text()).toBe('不收费');
    expect(wrapper.find('[data-testid="guide-draft-notice"]').exists()).toBe(true);
    const print = vi.fn();
    vi.stubGlobal('print', print);
    await wrapper.get('[data-testid="guide-print"]').trigger('click');
    expect(print).toHaveBeenCalledOnce();
    // when answering 500 ㎡ and no tobacco
    await wrapper.get('[data-testid="checklist-answer-premises.area"] input').setValue('500');
    await wrapper.get('[data-testid="checklist-answer-sellsTobacco-no"] input').setValue(true);
    await wrapper.get('[data-testid="checklist-submit"]').trigger('submit');
    await flushPromises();
    // then the answers were posted with their types, and the result lists what to bring and what is exempt
    expect(seen.find((r) => r.method === 'POST')?.body).toEqual({ answers: { 'premises.area': 500, sellsTobacco: false } });
    const result = wrapper.get('[data-testid="checklist-result"]');
    expect(result.get('[data-testid="checklist-bring"]').text()).toContain('经营场所平面布置图');
    expect(result.get('[data-testid="checklist-exempt-M-YYZZ"]').text()).toContain('由本链条「企业设立登记」办理结果自动获取');
    expect(result.get('[data-testid="checklist-excluded"]').text()).toContain('烟草专卖零售许可证核发（新办）');
    // and the materials figure is the shared breakdown: to bring + exempt = merged, each term named
    const bring = result.findAll('[data-testid^="checklist-bring-"]').length;
    const exempt = result.findAll('[data-testid^="checklist-exempt-"]').length;
    expect(result.get('[data-testid="material-figures-merged"]').text()).toBe(`合并后共 ${bring + exempt} 份材料`);
    expect(result.get('[data-testid="material-figures-upload"]').text()).toBe(`申请人提交 ${bring} 份`);
    expect(result.get('[data-testid="checklist-fields"]').text()).toContain('企业名称');
  });
});
