import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ChecksPage from './ChecksPage.vue';
import { jsonResponse, stubFetch } from '../testing/fetch-stub';
import { countyAdminMe } from '../testing/mount-options';
import { catalogPlugins } from './test-support';

describe('ChecksPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('groups the findings by kind with zh-CN names and links each matter', async () => {
    // given findings of two kinds, the fee one first
    stubFetch(() =>
      jsonResponse({
        items: [
          { kind: 'fee-wording', message: '食品经营许可（新办）：收费写作“无”，应写“不收费”', matterCodes: ['000131024000'] },
          { kind: 'field-definition', message: '字段 premises.area 在各事项中定义不一致：类型不同', matterCodes: ['000131024000', '000125049000'], key: 'premises.area' },
          { kind: 'field-definition', message: '字段 enterprise.type 在各事项中定义不一致：选项集合不同', matterCodes: ['000131127004'], key: 'enterprise.type' },
        ],
      }),
    );
    // when the page opens
    const wrapper = mount(ChecksPage, { attachTo: document.body, global: { plugins: catalogPlugins(countyAdminMe).plugins } });
    await flushPromises();
    // then the groups come in the fixed kind order, titled in Chinese, with their counts
    const groups = wrapper.findAll('[data-testid="checks-list"] section');
    expect(groups.map((g) => g.get('h2').text())).toEqual(['字段定义不一致 2 项', '收费写法不规范（应写“不收费”） 1 项']);
    // and each finding links its matters
    const links = groups[0]!.findAll('a').map((a) => a.attributes('href'));
    expect(links).toEqual(['/catalog/matters/000131024000', '/catalog/matters/000125049000', '/catalog/matters/000131127004']);
  });

  it('says so when nothing was found', async () => {
    stubFetch(() => jsonResponse({ items: [] }));
    const wrapper = mount(ChecksPage, { attachTo: document.body, global: { plugins: catalogPlugins(countyAdminMe).plugins } });
    await flushPromises();
    expect(wrapper.get('[data-testid="checks-empty"]').text()).toContain('未发现问题');
  });
});
