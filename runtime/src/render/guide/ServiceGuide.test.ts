import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import type { ServiceGuide as Guide } from '@yilian/shared';
import ServiceGuide from './ServiceGuide.vue';
import restaurant from './fixtures/restaurant-guide.json';
import { testPlugins } from '../../ui/testing/mount-options';
import { guideMessages } from './i18n';

const guide = restaurant as Guide;

function mountGuide(value: Guide = guide) {
  return mount(ServiceGuide, { props: { guide: value }, global: { plugins: testPlugins(['/'], guideMessages).plugins as never[] } });
}

describe('ServiceGuide', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists every material once with its copies, form, flags, exemption and matters', () => {
    // given the restaurant chain's guide
    // when it renders
    const wrapper = mountGuide();
    // then the material table has one row per material, in order
    const rows = wrapper.findAll('[data-testid="guide-materials"] tbody tr');
    expect(rows.map((row) => row.findAll('td')[1]?.text())).toEqual([
      '法定代表人居民身份证',
      '经营场所使用证明（产权证明或租赁合同）',
      '营业执照',
      '食品安全管理制度文本',
    ]);
    // and above it the shared breakdown names every term
    const exempt = rows.filter((row) => row.findAll('td')[7]?.text().startsWith('免提交')).length;
    expect(wrapper.get('[data-testid="guide-material-figures"]').text()).toContain(`合并后共 ${rows.length} 份材料：申请人提交 ${rows.length - exempt} 份`);
    const licence = wrapper.get('[data-testid="guide-material-M-YYZZ"]').findAll('td').map((cell) => cell.text());
    expect(licence).toEqual([
      '3', '营业执照', '1', '电子件', '是', '—', '—',
      '免提交：由本链条「企业设立登记」办理结果自动获取',
      '食品经营许可（新办）、户外招牌设施设置审批、公众聚集场所投入使用、营业前消防安全检查、烟草专卖零售许可证核发（新办）',
    ]);
    // and 容缺 is marked on the material that allows it, the copy form is named
    expect(wrapper.get('[data-testid="guide-material-M-SPAQZD"]').findAll('td')[5]?.text()).toBe('可');
    expect(wrapper.get('[data-testid="guide-material-M-CSZM"]').findAll('td')[3]?.text()).toBe('复印件');
    expect(wrapper.get('[data-testid="guide-material-exempt-M-SFZ-FR"]').text()).toBe('免提交：可调取电子证照「居民身份证」');
  });

  it('shows 不收费, the limits, visits, window and online link', () => {
    const wrapper = mountGuide();
    expect(wrapper.get('[data-testid="guide-title"]').text()).toBe('我要开餐饮店 办事指南');
    expect(wrapper.get('[data-testid="guide-fee"]').text()).toBe('不收费');
    expect(wrapper.get('[data-testid="guide-promised-limit"]').text()).toBe('自受理之日起7个工作日办结');
    expect(wrapper.get('[data-testid="guide-legal-limit"]').text()).toBe('23个工作日');
    expect(wrapper.get('[data-testid="guide-visits"]').text()).toBe('1 次');
    expect(wrapper.get('[data-testid="guide-applicants"]').text()).toBe('法人及其他组织');
    expect(wrapper.get('[data-testid="guide-phone"]').text()).toBe('0537-12345');
    expect(wrapper.get('[data-testid="guide-window"]').text()).toContain('周一至周五 9:00-17:00');
    expect(wrapper.get('[data-testid="guide-online"]').attributes('href')).toBe('https://yilian.example.gov.cn/chains/YL-370800-CY-001');
  });

  it('shows a relative online link in full, against the page it is printed from', () => {
    const wrapper = mountGuide({ ...guide, onlineUrl: '/chains/YL-370800-CY-001/guide' });
    const link = wrapper.get('[data-testid="guide-online"]');
    expect(link.attributes('href')).toBe('/chains/YL-370800-CY-001/guide');
    expect(link.text()).toBe(`${window.location.origin}/chains/YL-370800-CY-001/guide`);
  });

  it('renders the stages between acceptance and delivery, and each matter\'s standard elements', () => {
    const wrapper = mountGuide();
    const steps = wrapper.findAll('[data-testid="guide-flow"] > li').map((li) => li.text());
    expect(steps[0]).toBe('一窗受理');
    expect(steps[1]).toContain('阶段 1');
    expect(steps[1]).toContain('企业设立登记（行政审批服务局）');
    expect(steps[2]).toContain('食品经营许可（新办）（市场监督管理局）');
    expect(steps[2]).toMatch(/^阶段 2( · 并联审批)?/);
    expect(steps[3]).toBe('统一出件');
    const matter = wrapper.get('[data-testid="guide-matter-000131024000"]').text();
    for (const text of ['设定依据', '《中华人民共和国食品安全法》第三十五条', '受理条件', '法定时限', '10个工作日', '承诺时限', '自受理之日起5个工作日办结', '办理结果', '食品经营许可证']) {
      expect(matter).toContain(text);
    }
    expect(wrapper.get('[data-testid="guide-matter-000131127004"]').text()).toContain('即办');
  });

  it('flags a legal limit capped at 45 working days and writes an unset window as 未设置', () => {
    // given a chain whose legal limits add up beyond the joint-handling cap, and no window data
    const capped: Guide = {
      ...guide,
      legalLimit: { days: 45, text: '45个工作日', uncappedDays: 60, exceeds45: true },
      window: { name: '', address: '', phone: '', hours: '' },
    };
    // when it renders
    const wrapper = mountGuide(capped);
    // then the cap is explained and the empty window fields say so
    expect(wrapper.get('[data-testid="guide-legal-limit"]').text()).toContain('累计 60 个工作日');
    expect(wrapper.get('[data-testid="guide-phone"]').text()).toBe('未设置');
  });
});
