import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import type { Me } from '@yilian/runtime/ui';
import CalendarWarning from './CalendarWarning.vue';
import { jsonResponse, stubFetch } from '../testing/fetch-stub';
import { countyAdminMe, designerPlugins } from '../testing/mount-options';

const cityAdminMe: Me = {
  ...countyAdminMe,
  user: { ...countyAdminMe.user, id: 'u0', username: 'city-admin.370800', tenantId: '370800', roles: [{ role: 'city-admin', departmentId: null }] },
  activeTenant: { id: '370800', name: '济宁市' },
};

describe('CalendarWarning', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells a city administrator that deadlines of the one missing year fall back to Monday–Friday (该年份)', async () => {
    // given the server has no data for 2027
    stubFetch(() => jsonResponse({ years: [], missingYears: [2027], warning: 'x' }));
    // when the dashboard warning mounts for the city administrator
    const wrapper = mount(CalendarWarning, { global: { plugins: designerPlugins(cityAdminMe) } });
    await flushPromises();
    // then it names the year, the fallback and where to act, in the singular
    const text = wrapper.get('[data-testid="dashboard-calendar-warning"]').text();
    expect(text).toContain('2027');
    expect(text).toContain('该年份');
    expect(text).not.toContain('这些年份');
    expect(text).toContain('周一至周五');
    expect(wrapper.find('[data-testid="dashboard-calendar-warning-link"]').exists()).toBe(true);
  });

  it('says 这些年份 when several years are missing', async () => {
    stubFetch(() => jsonResponse({ years: [], missingYears: [2027, 2028], warning: 'x' }));
    const wrapper = mount(CalendarWarning, { global: { plugins: designerPlugins(cityAdminMe) } });
    await flushPromises();
    expect(wrapper.get('[data-testid="dashboard-calendar-warning"]').text()).toContain('这些年份');
  });

  it('shows nothing and asks nothing for a role that cannot load a holiday file', async () => {
    // given a county administrator (the calendar is the city's)
    const seen = stubFetch(() => jsonResponse({ years: [], missingYears: [2027], warning: 'x' }));
    const wrapper = mount(CalendarWarning, { global: { plugins: designerPlugins(countyAdminMe) } });
    await flushPromises();
    expect(wrapper.find('[data-testid="dashboard-calendar-warning"]').exists()).toBe(false);
    expect(seen).toHaveLength(0);
  });

  it('stays silent when every year is loaded', async () => {
    stubFetch(() => jsonResponse({ years: [], missingYears: [], warning: null }));
    const wrapper = mount(CalendarWarning, { global: { plugins: designerPlugins(cityAdminMe) } });
    await flushPromises();
    expect(wrapper.find('[data-testid="dashboard-calendar-warning"]').exists()).toBe(false);
  });
});
