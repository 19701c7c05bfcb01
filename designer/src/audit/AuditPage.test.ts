import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import type { Me } from '@yilian/runtime/ui';
import AuditPage from './AuditPage.vue';
import { jsonResponse, stubFetch } from '../testing/fetch-stub';
import { designerPlugins } from '../testing/mount-options';

const cityAdminMe: Me = {
  user: { id: 'u0', username: 'city-admin.370800', displayName: '济宁市管理员', kind: 'staff', tenantId: '370800', roles: [{ role: 'city-admin', departmentId: null }] },
  activeTenant: { id: '370800', name: '济宁市' },
  visibleTenants: [{ id: '370800', name: '济宁市', kind: 'city' }, { id: '370811', name: '任城区', kind: 'county' }],
};

const entry = (seq: number, fields: Record<string, unknown>) => ({
  seq, at: '2025-09-26T02:00:00.000Z', tenantId: '370800', actorName: 'city-admin.370800', targetType: 'user', targetId: `id-${seq}`, before: null, after: null, ...fields,
});

describe('AuditPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('says what happened in words, with the tenant\'s name and the acting person, and keeps the codes for the expanded row', async () => {
    // given a login, a user change, a tenant switch and the seeding
    stubFetch(() => jsonResponse({
      total: 4,
      items: [
        entry(4, { action: 'auth.login', after: { username: 'city-admin.370800' } }),
        entry(3, { action: 'user.update', before: { displayName: '张三' }, after: { displayName: '张三', status: 'disabled' } }),
        entry(2, { action: 'auth.switch-tenant', targetType: 'session', tenantId: '370811', after: { tenantId: '370811' } }),
        entry(1, { action: 'seed', tenantId: null, actorName: 'system', targetType: 'system', targetId: null }),
      ],
    }));
    // when the page loads
    const wrapper = mount(AuditPage, { attachTo: document.body, global: { plugins: designerPlugins(cityAdminMe) } });
    await flushPromises();
    const text = (id: string) => wrapper.get(`[data-testid="${id}"]`).text();
    // then each entry reads as words, not codes
    expect(text('audit-action-4')).toBe('登录成功');
    expect(text('audit-action-3')).toBe('修改用户 张三');
    expect(text('audit-action-2')).toBe('切换到 任城区');
    expect(text('audit-action-1')).toBe('初始化演示数据');
    expect(text('audit-tenant-4')).toBe('济宁市');
    expect(text('audit-tenant-2')).toBe('任城区');
    expect(text('audit-tenant-1')).toBe('—');
    expect(text('audit-actor-4')).toBe('city-admin.370800');
    expect(text('audit-actor-1')).toBe('系统');
    expect(wrapper.text()).not.toContain('auth.login');
  });
});
