import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import type { ChainListItem } from '../api/chains';
import ChainsPage from './ChainsPage.vue';
import { jsonResponse, stubFetch } from '../testing/fetch-stub';
import { chainPlugins, cityAdminMe, countyAdminMe, RouteHost } from './fixtures/mount';
import type { Me } from '@yilian/runtime/ui';

const items: ChainListItem[] = [
  {
    id: 'c1', code: 'YL-370800-CY-001', name: '我要开餐饮店', subject: '法人', status: 'draft', updatedAt: '2026-11-28T08:00:00.000Z', updatedBy: 'system',
    revision: 0, matterCount: 5, publishable: false, blockers: ['字段“经营场所面积”（premises.area）在 3 个事项中定义不一致：类型不同，请选择一个定义或重命名字段'],
    blockerMessages: [{ code: 'field_conflict_unresolved', params: { label: '经营场所面积', key: 'premises.area', count: 3, aspects: ['type'] } }],
  },
  {
    id: 'c2', code: 'YL-370800-XSE-001', name: '新生儿出生一件事', subject: '个人', status: 'published', updatedAt: '2026-11-28T08:00:00.000Z', updatedBy: 'system',
    revision: 0, matterCount: 6, publishable: true, blockers: [], blockerMessages: [],
  },
];

async function openList(me: Me = cityAdminMe) {
  const { plugins, router } = chainPlugins(me, { list: ChainsPage });
  await router.push('/chains');
  const wrapper = mount(RouteHost, { attachTo: document.body, global: { plugins } });
  await flushPromises();
  return { wrapper, router };
}

describe('ChainsPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lists each chain with subject, matter count, status and publish check', async () => {
    // given two chains on the server
    stubFetch(() => jsonResponse({ items }));
    // when the city administrator opens the list
    const { wrapper } = await openList();
    // then each row shows its figures
    const rows = wrapper.findAll('.el-table__body tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.text()).toContain('YL-370800-CY-001');
    expect(rows[0]?.text()).toContain('我要开餐饮店');
    expect(rows[0]?.text()).toContain('法人');
    expect(rows[0]?.text()).toContain('草稿');
    expect(rows[1]?.text()).toContain('已发布');
    expect(wrapper.get('[data-testid="chain-publishable-YL-370800-CY-001"]').text()).toBe('不可发布');
    expect(wrapper.get('[data-testid="chain-publishable-YL-370800-XSE-001"]').text()).toBe('可发布');
    // and only the draft can be deleted
    expect(wrapper.find('[data-testid="chain-delete-YL-370800-CY-001"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="chain-delete-YL-370800-XSE-001"]').exists()).toBe(false);
  });

  it('opens the composer on a new chain after the dialog checks the code', async () => {
    // given the list
    const seen = stubFetch(() => jsonResponse({ items }));
    const { wrapper, router } = await openList();
    await wrapper.get('[data-testid="chain-create"]').trigger('click');
    await flushPromises();
    // when entering a code that is taken
    await wrapper.get('[data-testid="chain-dialog-code"] input').setValue('YL-370800-CY-001');
    await wrapper.get('[data-testid="chain-dialog-name"] input').setValue('我要开便利店');
    await wrapper.get('[data-testid="chain-dialog-save"]').trigger('click');
    // then the dialog says so
    await vi.waitFor(() => expect(document.body.textContent).toContain('主题编码 YL-370800-CY-001 已存在'));
    // when entering a free code
    await wrapper.get('[data-testid="chain-dialog-code"] input').setValue('YL-370800-BLD-001');
    await wrapper.get('[data-testid="chain-dialog-save"]').trigger('click');
    await flushPromises();
    // then the composer opens on the new chain (nothing is created before the first save)
    expect(router.currentRoute.value.name).toBe('chain-composer');
    expect(router.currentRoute.value.params.id).toBe('new');
    expect(router.currentRoute.value.query).toEqual({ code: 'YL-370800-BLD-001', name: '我要开便利店', subject: '法人' });
    expect(seen.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('creates a chain at once from a template chain\'s recipe and decisions', async () => {
    // given the restaurant chain with a recorded decision
    const recipe = { code: 'YL-370800-CY-001', name: '我要开餐饮店', subject: '法人', matters: ['000131127004', '000131024000'], situations: [{ key: 'premises.area', question: '面积', type: 'number' }] };
    const decisions = { suggestions: [{ keys: ['legalRep.name', 'enterprise.legalPersonName'], accepted: true }] };
    const seen = stubFetch((request) => {
      if (request.method === 'GET' && request.url === '/api/chains/c1') return jsonResponse({ chain: { ...items[0], recipe, decisions }, composition: {} });
      if (request.method === 'POST') return jsonResponse({ ...items[0], id: 'c9', code: 'YL-370800-CY-002', name: '我要开小吃店' }, 201);
      return jsonResponse({ items });
    });
    const { wrapper, router } = await openList();
    await wrapper.get('[data-testid="chain-create"]').trigger('click');
    await flushPromises();
    // when the administrator names the new chain and picks the restaurant chain as template
    await wrapper.get('[data-testid="chain-dialog-code"] input').setValue('YL-370800-CY-002');
    await wrapper.get('[data-testid="chain-dialog-name"] input').setValue('我要开小吃店');
    await wrapper.get('[data-testid="chain-dialog-template"]').trigger('click');
    await flushPromises();
    (document.querySelector('[data-testid="chain-dialog-template-YL-370800-CY-001"]') as HTMLElement).click();
    await flushPromises();
    await wrapper.get('[data-testid="chain-dialog-save"]').trigger('click');
    await flushPromises();
    // then the copy is created with the template's matters, situations and decisions under the new heading
    const post = seen.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ recipe: { ...recipe, code: 'YL-370800-CY-002', name: '我要开小吃店' }, decisions });
    expect(router.currentRoute.value.params.id).toBe('c9');
  });

  it('shows the list read-only to a county administrator', async () => {
    stubFetch(() => jsonResponse({ items }));
    const { wrapper } = await openList(countyAdminMe);
    expect(wrapper.find('[data-testid="chain-create"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="chain-delete-YL-370800-CY-001"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="chain-open-YL-370800-CY-001"]').text()).toBe('查看');
    expect(wrapper.find('[data-testid="chains-readonly"]').exists()).toBe(true);
  });
});
