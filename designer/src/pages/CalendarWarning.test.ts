import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import CalendarWarning from './CalendarWarning.vue';
import { jsonResponse, stubFetch } from '../testing/fetch-stub';
import { designerPlugins } from '../testing/mount-options';

describe('CalendarWarning', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('warns that deadlines fall back to Monday–Friday for a year without holiday data', async () => {
    // given the server has no data for 2027
    stubFetch(() => jsonResponse({ years: [], missingYears: [2027], warning: 'x' }));
    // when the dashboard warning mounts
    const wrapper = mount(CalendarWarning, { global: { plugins: designerPlugins() } });
    await flushPromises();
    // then it names the year and the fallback
    expect(wrapper.get('[data-testid="dashboard-calendar-warning"]').text()).toContain('2027');
    expect(wrapper.text()).toContain('周一至周五');
  });

  it('stays silent when every year is loaded', async () => {
    stubFetch(() => jsonResponse({ years: [], missingYears: [], warning: null }));
    const wrapper = mount(CalendarWarning, { global: { plugins: designerPlugins() } });
    await flushPromises();
    expect(wrapper.find('[data-testid="dashboard-calendar-warning"]').exists()).toBe(false);
  });
});
