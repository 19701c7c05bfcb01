import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import MatterPage from './MatterPage.vue';
import type { MatterDetail } from '../api/catalog';
import { jsonResponse, stubFetch, type SeenRequest } from '../testing/fetch-stub';
import { countyAdminMe, tableStubs } from '../testing/mount-options';
import { catalogPlugins, cityAdminMe, sampleMatter } from './test-support';

function detail(version: number, promisedLimitDays = 5): MatterDetail {
  const versions = [
    { version: 1, source: 'import' as const, note: null, createdAt: '2025-09-26T01:00:00.000Z', createdBy: 'system' },
    { version: 2, source: 'edit' as const, note: '压缩承诺时限', createdAt: '2025-09-27T02:00:00.000Z', createdBy: 'city-admin.370800' },
  ].slice(0, version).reverse();
  return { code: '000131024000', version, matter: { ...sampleMatter(), promisedLimitDays }, versions, local: { window: '5 号窗口' }, departmentId: 'd1' };
}

/** The page, its materials and fields tables stubbed unless a test looks into them (`withTables`). */
function mountPage(me = cityAdminMe, { withTables = false } = {}) {
  const stubs = withTables ? {} : tableStubs;
  return mount(MatterPage, { attachTo: document.body, props: { code: '000131024000' }, global: { plugins: catalogPlugins(me).plugins, stubs } });
}

const testText = (testid: string) => document.querySelector(`[data-testid="${testid}"]`)?.textContent?.trim();

// Whole pages of Element Plus components mount slowly in happy-dom when the suite runs in parallel.
describe('MatterPage', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows a county administrator the standard elements read-only, with history and local elements', async () => {
    // given version 2 of 食品经营许可
    const seen = stubFetch(() => jsonResponse(detail(2, 0)));
    // when a county administrator opens it
    const wrapper = mountPage(countyAdminMe, { withTables: true });
    await flushPromises();
    // then the standard elements are shown, locked
    // (and the name of its 前置事项, asked once by code)
    expect(seen.map((r) => r.url)).toEqual(['/api/matters/000131024000', '/api/matters/000131127004']);
    expect(testText('matter-title')).toBe('食品经营许可（新办）');
    expect(testText('matter-version')).toBe('第 2 版');
    expect(testText('matter-locked')).toBe('标准要素（三级十同）仅市级管理员可修改');
    expect(wrapper.find('[data-testid="matter-edit"]').exists()).toBe(false);
    expect(testText('matter-legalLimit')).toBe('10个工作日');
    expect(testText('matter-promisedLimit')).toBe('即办');
    expect(wrapper.findAll('[data-testid="matter-steps"] .el-step')).toHaveLength(4);
    expect(wrapper.get('[data-testid="matter-materials"]').text()).toContain('免提交候选');
    expect(wrapper.find('[data-testid="matter-field-food.categories"]').exists()).toBe(true);
    // and its 前置事项 reads as a name with its code, not a bare code
    expect(testText('matter-dependsOn-000131127004')).toBe('食品经营许可（新办）000131127004');
    // and the history lists both versions, the older one viewable
    expect(testText('matter-history-item-2')).toContain('压缩承诺时限');
    expect(testText('matter-history-item-1')).toContain('导入');
    // and the imported version names its author in words, not the code `system`
    expect(testText('matter-history-by-1')).toBe('操作人：系统（初始数据导入）');
    expect(testText('matter-history-by-2')).toBe('操作人：city-admin.370800');
    expect(wrapper.find('[data-testid="matter-history-view-1"]').exists()).toBe(true);
    // and the tenant's local elements are filled in
    expect((wrapper.get('[data-testid="matter-local-window"]').element as HTMLInputElement).value).toBe('5 号窗口');
  });

  it('saves the local elements of the acting tenant', async () => {
    const seen = stubFetch(({ method, body }) => jsonResponse(method === 'PUT' ? body : detail(1)));
    const wrapper = mountPage(countyAdminMe);
    await flushPromises();
    // when setting the phone and saving
    await wrapper.get('[data-testid="matter-local-phone"]').setValue(' 0537-2345678 ');
    await wrapper.get('[data-testid="matter-local-save"]').trigger('click');
    await flushPromises();
    // then the non-empty local elements were put
    const put = seen.find((r) => r.method === 'PUT');
    expect(put?.url).toBe('/api/matters/000131024000/local');
    expect(put?.body).toEqual({ window: '5 号窗口', phone: '0537-2345678' });
  });

  it('saves an edit as a new version, then shows 已保存为第 N 版 and the new history', async () => {
    // given a city administrator on version 1, and a server that saves version 2
    let current = detail(1);
    const handler = ({ method, url }: SeenRequest) => {
      if (method === 'PUT') {
        current = detail(2, 3);
        return jsonResponse({ version: 2, changed: ['promisedLimitDays'] });
      }
      if (url.startsWith('/api/matters?')) return jsonResponse({ items: [], total: 0, departments: ['市场监督管理局'] });
      return jsonResponse(current);
    };
    const seen = stubFetch(handler);
    const wrapper = mountPage(cityAdminMe);
    await flushPromises();
    expect(wrapper.find('[data-testid="matter-locked"]').exists()).toBe(false);
    // when editing the promised limit and saving
    await wrapper.get('[data-testid="matter-edit"]').trigger('click');
    await flushPromises();
    const promised = wrapper.get('[data-testid="matter-edit-promisedLimitDays"] input');
    await promised.setValue('3');
    await promised.trigger('change');
    await wrapper.get('[data-testid="matter-edit-save"]').trigger('click');
    await flushPromises();
    // then the saved version is announced and the page shows it
    expect(seen.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(testText('matter-saved')).toBe('已保存为第 2 版');
    expect(testText('matter-version')).toBe('第 2 版');
    expect(testText('matter-promisedLimit')).toBe('3个工作日');
    expect(wrapper.find('[data-testid="matter-history-item-2"]').exists()).toBe(true);
  });

  it('says 无变更 when the server saved nothing', async () => {
    stubFetch(({ method, url }) => {
      if (method === 'PUT') return jsonResponse({ version: 1, changed: [] });
      if (url.startsWith('/api/matters?')) return jsonResponse({ items: [], total: 0, departments: [] });
      return jsonResponse(detail(1));
    });
    const wrapper = mountPage(cityAdminMe);
    await flushPromises();
    await wrapper.get('[data-testid="matter-edit"]').trigger('click');
    await flushPromises();
    await wrapper.get('[data-testid="matter-edit-save"]').trigger('click');
    await flushPromises();
    expect(testText('matter-saved')).toContain('无变更');
  });

  it('names a missing matter', async () => {
    stubFetch(() => jsonResponse({ error: { code: 'not_found', message: '事项不存在' } }, 404));
    mountPage(countyAdminMe);
    await flushPromises();
    expect(testText('matter-error')).toBe('事项不存在');
  });
});
