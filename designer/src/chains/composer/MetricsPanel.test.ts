import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { composeChain, materialFigures, type ChainMetrics } from '@yilian/shared';
import MetricsPanel from './MetricsPanel.vue';
import MaterialsPanel from './MaterialsPanel.vue';
import { designerPlugins } from '../../testing/mount-options';
import { FIRE, FOOD, LICENCE, matter, restaurantDataElements } from '../fixtures/restaurant';

const names = { [LICENCE]: '企业设立登记', [FOOD]: '食品经营许可（新办）', [FIRE]: '公众聚集场所投入使用、营业前消防安全检查' };

function mountPanel(props: InstanceType<typeof MetricsPanel>['$props']) {
  return mount(MetricsPanel, { props, global: { plugins: designerPlugins() } });
}

const cell = (wrapper: ReturnType<typeof mountPanel>, id: string) => wrapper.get(`[data-testid="${id}"]`).text();

describe('MetricsPanel', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows before, after and the reduction of every figure of a composed chain', () => {
    // given the restaurant chain's licence, food permit and fire inspection, composed
    const composed = composeChain({ matters: [matter(LICENCE), matter(FOOD), matter(FIRE)], dataElements: restaurantDataElements });
    // when the panel renders the composition
    const wrapper = mountPanel({ metrics: composed.metrics, stages: composed.stages, deadline: composed.deadline, names });
    // then each row carries the merging rules' figures and percentages
    const figures = ['steps', 'materials', 'fields', 'days', 'visits'].map((key) => [
      cell(wrapper, `metric-before-${key}`),
      cell(wrapper, `metric-after-${key}`),
      cell(wrapper, `metric-percent-${key}`),
    ]);
    expect(figures).toEqual([
      ['15', '4', '73.3%'],
      ['25', '20', '20%'],
      ['46', '33', '28.3%'],
      ['10', '5', '50%'],
      ['3', '1', '66.7%'],
    ]);
    // and the stages are columns in order, with the deadlines under the table
    expect(cell(wrapper, 'stage-1')).toBe('阶段 1企业设立登记');
    expect(cell(wrapper, 'stage-2')).toContain('阶段 2 · 并联审批');
    expect(cell(wrapper, 'stage-2')).toContain('食品经营许可（新办）');
    expect(cell(wrapper, 'stage-2')).toContain('公众聚集场所投入使用、营业前消防安全检查');
    expect(cell(wrapper, 'metric-promised')).toContain('承诺时限：5 个工作日');
    expect(cell(wrapper, 'metric-legal')).toBe('法定时限：13 个工作日');
    expect(wrapper.find('[data-testid="metric-legal-exceeded"]').exists()).toBe(false);
  });

  it('flags a legal path over 45 days and shows an increase as such', () => {
    // given figures where the chain has more fields than before and a legal path of 60 days
    const metrics: ChainMetrics = {
      before: { steps: 8, materials: 10, fields: 20, days: 30, visits: 2 },
      after: { steps: 4, materials: 6, fields: 25, days: 12, visits: 1 },
      legal: { days: 45, uncapped: 60, exceeds45: true },
    };
    // when rendered
    const wrapper = mountPanel({ metrics, stages: [], deadline: null, names: {} });
    // then
    expect(cell(wrapper, 'metric-percent-fields')).toBe('增加 25%');
    expect(cell(wrapper, 'metric-percent-days')).toBe('60%');
    expect(cell(wrapper, 'metric-legal')).toContain('法定时限：45 个工作日');
    expect(cell(wrapper, 'metric-legal-exceeded')).toContain('累计 60 个工作日');
  });

  it('explains why there are no figures for a cyclic chain', () => {
    const wrapper = mountPanel({ metrics: null, stages: [], deadline: null, names: {}, errors: ['依赖关系存在循环：A → B → A'] });
    expect(wrapper.text()).toContain('无法计算四减成效：依赖关系存在循环：A → B → A');
    expect(wrapper.find('[data-testid="metric-before-steps"]').exists()).toBe(false);
  });
});

describe('the materials figure', () => {
  it('is the same breakdown in 四减 and 一套材料: merged = uploads + e-licences + produced in the chain', () => {
    // given the restaurant chain composed
    const composed = composeChain({ matters: [matter(LICENCE), matter(FOOD), matter(FIRE)], dataElements: restaurantDataElements });
    const figures = materialFigures(composed.materials);
    // when both panels render it
    const metrics = mountPanel({ metrics: composed.metrics, stages: composed.stages, deadline: composed.deadline, names, materials: figures });
    const list = mount(MaterialsPanel, { props: { materials: composed.materials, names }, global: { plugins: designerPlugins() } });
    // then both name every term, the terms add up, and the merged figure is the 四减 "after" figure
    const shown = (wrapper: ReturnType<typeof mount>) => wrapper.get('[data-testid="material-figures"]').text();
    expect(shown(metrics)).toBe(shown(list));
    expect(figures.upload + figures.eLicence + figures.produced).toBe(figures.merged);
    expect(cell(metrics, 'metric-after-materials')).toBe(String(figures.merged));
    expect(shown(list)).toBe(
      `合并后共 ${figures.merged} 份材料 = 申请人提交 ${figures.upload} 份 + 电子证照免提交 ${figures.eLicence} 份 + 链内办理结果产生 ${figures.produced} 份`,
    );
  });
});
