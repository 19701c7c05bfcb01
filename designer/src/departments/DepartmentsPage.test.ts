import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import DepartmentsPage from './DepartmentsPage.vue';
import type { Department } from '../api/departments';
import { jsonResponse, stubFetch } from '../testing/fetch-stub';
import { designerPlugins } from '../testing/mount-options';

const departments: Department[] = [
  { id: 'd1', tenantId: '370811', code: 'scjg', name: '市场监督管理局', userCount: 3 },
  { id: 'd2', tenantId: '370811', code: 'xzsp', name: '行政审批服务局', userCount: 0 },
];

function mountPage() {
  return mount(DepartmentsPage, { attachTo: document.body, global: { plugins: designerPlugins() } });
}

describe('DepartmentsPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('renders a row per department with its user count', async () => {
    // given the server's departments
    const seen = stubFetch(() => jsonResponse({ items: departments, total: departments.length }));
    // when the page opens
    const wrapper = mountPage();
    await flushPromises();
    // then each department has a row with code, name and user count
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/departments?page=1&pageSize=20']);
    const rows = wrapper.findAll('.el-table__body tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.text()).toContain('scjg');
    expect(rows[0]?.text()).toContain('市场监督管理局');
    expect(rows[0]?.text()).toContain('3');
    expect(rows[1]?.text()).toContain('行政审批服务局');
    // and only the department without users can be deleted
    expect(wrapper.get('[data-testid="department-delete-scjg"]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-testid="department-delete-xzsp"]').attributes('disabled')).toBeUndefined();
  });

  it('asks the server for one page, and for the first page of matches when searching', async () => {
    // given a tenant with 45 departments
    const seen = stubFetch(() => jsonResponse({ items: departments, total: 45 }));
    const wrapper = mountPage();
    await flushPromises();
    // when searching
    await wrapper.get('[data-testid="departments-search"]').setValue(' 市场 ');
    await wrapper.get('[data-testid="departments-search-submit"]').trigger('click');
    await flushPromises();
    // then the search went to the server, and the pager knows the total
    expect(seen.map((r) => r.url)).toEqual(['/api/departments?page=1&pageSize=20', `/api/departments?page=1&pageSize=20&q=${encodeURIComponent('市场')}`]);
    expect(wrapper.get('[data-testid="departments-pagination"]').text()).toContain('45');
  });

  it('shows the server message when the list cannot be loaded', async () => {
    stubFetch(() => jsonResponse({ error: { code: 'forbidden', message: '当前角色无权执行此操作' } }, 403));
    const wrapper = mountPage();
    await flushPromises();
    expect(wrapper.get('[data-testid="departments-error"]').text()).toContain('当前角色无权执行此操作');
  });

  it('rejects an invalid code in the create dialog without calling the server', async () => {
    // given the page with its create dialog open
    const seen = stubFetch(() => jsonResponse({ items: departments, total: departments.length }));
    const wrapper = mountPage();
    await flushPromises();
    await wrapper.get('[data-testid="department-create"]').trigger('click');
    await flushPromises();
    // when saving an upper-case code
    await wrapper.get('[data-testid="department-code"]').setValue('Bad');
    await wrapper.get('[data-testid="department-name"]').setValue('测试局');
    await wrapper.get('[data-testid="department-save"]').trigger('click');
    // then the code rule is shown and nothing was posted
    await vi.waitFor(() => expect(document.body.textContent).toContain('部门编码须以小写字母开头'));
    expect(seen.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('creates a department and shows a duplicate code on the code field', async () => {
    // given a server that rejects the first code as a duplicate, then accepts
    let posts = 0;
    const seen = stubFetch(({ method }) => {
      if (method !== 'POST') return jsonResponse({ items: departments, total: departments.length });
      posts += 1;
      return posts === 1
        ? jsonResponse({ error: { code: 'conflict', message: '部门编码 scjg 已存在', path: 'code' } }, 409)
        : jsonResponse({ id: 'd3', tenantId: '370811', code: 'ga', name: '公安局', userCount: 0 }, 201);
    });
    const wrapper = mountPage();
    await flushPromises();
    await wrapper.get('[data-testid="department-create"]').trigger('click');
    await flushPromises();
    // when saving a duplicate code
    await wrapper.get('[data-testid="department-code"]').setValue('scjg');
    await wrapper.get('[data-testid="department-name"]').setValue('公安局');
    await wrapper.get('[data-testid="department-save"]').trigger('click');
    await flushPromises();
    // then the code field carries the server's message
    const codeItem = document.querySelector('[data-testid="department-code"]')?.closest('.el-form-item');
    expect(codeItem?.classList.contains('is-error')).toBe(true);
    await vi.waitFor(() => expect(codeItem?.textContent).toContain('部门编码 scjg 已存在'));
    // when fixing the code
    await wrapper.get('[data-testid="department-code"]').setValue('ga');
    await wrapper.get('[data-testid="department-save"]').trigger('click');
    await flushPromises();
    // then it was posted and the list reloaded
    expect(seen.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      { code: 'scjg', name: '公安局' },
      { code: 'ga', name: '公安局' },
    ]);
    expect(seen.filter((r) => r.method === 'GET')).toHaveLength(2);
  });
});
