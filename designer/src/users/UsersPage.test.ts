import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { h } from 'vue';
import { UiProvider } from '@yilian/runtime/ui';
import UsersPage from './UsersPage.vue';
import type { UserRow } from '../api/users';
import { jsonResponse, stubFetch, type SeenRequest } from '../testing/fetch-stub';
import { designerPlugins } from '../testing/mount-options';

const reviewer: UserRow = {
  id: 'u2', username: 'reviewer.scjg.370811', displayName: '任城区市场监管审批员', kind: 'staff', status: 'active',
  mobile: '139****5678', roles: [{ role: 'reviewer', departmentId: 'd1', departmentName: '市场监督管理局' }], createdAt: '2026-01-05T02:00:00.000Z',
};

/** The page inside UiProvider, which gives Element Plus the zh-CN locale as App.vue does. */
function mountPage() {
  return mount({ render: () => h(UiProvider, () => h(UsersPage)) }, { attachTo: document.body, global: { plugins: designerPlugins() } });
}

function server(): SeenRequest[] {
  return stubFetch(({ method, url, body }) => {
    if (url.startsWith('/api/departments')) return jsonResponse({ items: [{ id: 'd1', tenantId: '370811', code: 'scjg', name: '市场监督管理局', userCount: 1 }] });
    if (method === 'POST') return jsonResponse({ ...reviewer, id: 'u3', ...(body as object) }, 201);
    return jsonResponse({ items: [reviewer], total: 41 });
  });
}

async function click(testId: string): Promise<void> {
  const element = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!element) throw new Error(`no element ${testId}`);
  element.click();
  await flushPromises();
}

describe('UsersPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lists users with masked mobiles, role and department, and pages through the total', async () => {
    const seen = server();
    const wrapper = mountPage();
    await flushPromises();
    expect(seen[0]?.url).toBe('/api/users?page=1&pageSize=20');
    const row = wrapper.get('.el-table__body tr').text();
    expect(row).toContain('reviewer.scjg.370811');
    expect(row).toContain('139****5678');
    expect(row).toContain('部门审批 · 市场监督管理局');
    expect(row).toContain('2026-01-05 10:00:00');
    expect(wrapper.get('[data-testid="users-pagination"]').text()).toContain('共 41 条');
  });

  it('requires a department for a reviewer before creating the user', async () => {
    // given the create dialog filled in with the reviewer role and no department
    const seen = server();
    const wrapper = mountPage();
    await flushPromises();
    await click('user-create');
    await wrapper.get('[data-testid="user-username"]').setValue('reviewer.new');
    await wrapper.get('[data-testid="user-display-name"]').setValue('新审批员');
    await wrapper.get('[data-testid="user-password"]').setValue('secret-123');
    await click('user-role-option-reviewer');
    // when saving
    await click('user-save');
    // then the department is demanded and nothing is posted
    await vi.waitFor(() => expect(document.body.textContent).toContain('部门审批角色须选择部门'));
    expect(seen.filter((r) => r.method === 'POST')).toHaveLength(0);
    // when choosing the department and saving again
    await click('user-department-option-scjg');
    await click('user-save');
    // then the user is created with the reviewer grant in that department
    expect(seen.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      { username: 'reviewer.new', displayName: '新审批员', password: 'secret-123', roles: [{ role: 'reviewer', departmentId: 'd1' }] },
    ]);
  });
});
