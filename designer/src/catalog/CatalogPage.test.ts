import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import CatalogPage from './CatalogPage.vue';
import type { MatterPage } from '../api/catalog';
import { jsonResponse, stubFetch } from '../testing/fetch-stub';
import { countyAdminMe } from '../testing/mount-options';
import { catalogPlugins, cityAdminMe } from './test-support';

const page: MatterPage = {
  items: [
    { code: '000131024000', name: '食品经营许可（新办）', department: '市场监督管理局', type: '行政许可', subject: '个人,法人', currentVersion: 2, updatedAt: '2025-09-26T01:00:00.000Z' },
    { code: '000131127004', name: '企业设立登记', department: '行政审批服务局', type: '行政许可', subject: '法人', currentVersion: 1, updatedAt: '2025-09-26T01:00:00.000Z' },
  ],
  total: 3000,
  departments: ['市场监督管理局', '行政审批服务局'],
};

async function mountPage(me = cityAdminMe, path = '/catalog') {
  const { plugins, router } = catalogPlugins(me);
  await router.push(path);
  return { wrapper: mount(CatalogPage, { attachTo: document.body, global: { plugins } }), router };
}

// Whole pages of Element Plus components mount slowly in happy-dom when the suite runs in parallel.
describe('CatalogPage', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('renders one row per matter of the server page, with the paging total', async () => {
    // given the server's first page of a 3,000-matter catalog
    const seen = stubFetch(() => jsonResponse(page));
    // when the page opens
    const { wrapper } = await mountPage();
    await flushPromises();
    // then it asked for page 1 only (server-side paging) and shows each matter
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/matters?page=1&pageSize=20']);
    const rows = wrapper.findAll('.el-table__body tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.text()).toContain('000131024000');
    expect(rows[0]?.text()).toContain('食品经营许可（新办）');
    expect(rows[0]?.text()).toContain('市场监督管理局');
    expect(rows[0]?.text()).toContain('个人、法人');
    expect(rows[0]?.text()).toContain('第 2 版');
    expect(wrapper.get('[data-testid="catalog-row-000131127004"]').attributes('href')).toBe('/catalog/matters/000131127004');
    expect(wrapper.get('[data-testid="catalog-pagination"]').text()).toContain('3000');
  });

  it('sends the typed search once, after the pause, from page 1', async () => {
    // given the list opened on page 3 (from the URL)
    const seen = stubFetch(() => jsonResponse(page));
    const { wrapper, router } = await mountPage(cityAdminMe, '/catalog?page=3');
    await flushPromises();
    expect(new URL(seen[0]!.url, 'http://x').searchParams.get('page')).toBe('3');
    seen.length = 0;
    // when typing a name in two steps (on a fake clock: the pause is 300 ms)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const input = wrapper.get('[data-testid="catalog-search"]');
    await input.setValue('食品');
    await input.setValue('食品经营');
    vi.advanceTimersByTime(299);
    await flushPromises();
    expect(seen).toHaveLength(0);
    vi.advanceTimersByTime(1);
    await flushPromises();
    // then one request carried the query (URL-encoded) and went back to page 1
    expect(seen).toHaveLength(1);
    const url = new URL(seen[0]!.url, 'http://x');
    expect(url.pathname).toBe('/api/matters');
    expect(url.searchParams.get('q')).toBe('食品经营');
    expect(url.searchParams.get('page')).toBe('1');
    // and the URL keeps the search for the way back from a matter
    expect(router.currentRoute.value.query.q).toBe('食品经营');
  });

  it('asks the server again when a type is chosen', async () => {
    // given the list
    const seen = stubFetch(() => jsonResponse(page));
    const { wrapper } = await mountPage();
    await flushPromises();
    seen.length = 0;
    // when choosing a type from the select
    await wrapper.get('[data-testid="catalog-filter-type"]').trigger('click');
    await flushPromises();
    const option = [...document.querySelectorAll('.el-select-dropdown__item')].find((el) => el.textContent?.trim() === '行政备案');
    (option as HTMLElement).click();
    await flushPromises();
    // then the list was asked again with the type
    expect(seen.map((r) => new URL(r.url, 'http://x').searchParams.get('type'))).toEqual(['行政备案']);
  });

  it('offers the import only to city administrators', async () => {
    stubFetch(() => jsonResponse(page));
    // given a city administrator
    const { wrapper } = await mountPage(cityAdminMe);
    await flushPromises();
    // then the import is offered
    expect(wrapper.find('[data-testid="catalog-import"]').exists()).toBe(true);
    wrapper.unmount();
    // a county administrator reads, exports and checks, but does not import
    const county = (await mountPage(countyAdminMe)).wrapper;
    await flushPromises();
    expect(county.find('[data-testid="catalog-import"]').exists()).toBe(false);
    expect(county.find('[data-testid="catalog-export"]').exists()).toBe(true);
    expect(county.find('[data-testid="catalog-checks"]').exists()).toBe(true);
  });
});
