import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import SettingsPage from './SettingsPage.vue';
import type { Settings, SettingsView } from '../api/settings';
import { jsonResponse, stubFetch } from '../testing/fetch-stub';
import { designerPlugins } from '../testing/mount-options';

const inherited: Settings = {
  warning: { scheme: 'ratio', yellowRatio: 0.2, yellowMinDays: 1, supervisionDays: 5 },
  badReviewFixDays: 15,
  correctionStopsClock: true,
  excludeCreditFlaggedFromRongque: true,
  window: { name: '综合受理窗口', address: '', phone: '', hours: '' },
};
const view: SettingsView = {
  tenantId: '370811',
  own: { badReviewFixDays: 10 },
  inherited,
  effective: { ...inherited, badReviewFixDays: 10 },
};

describe('SettingsPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows own values, inherited values as hints, and saves only the own values', async () => {
    // given a county that overrides one setting
    const seen = stubFetch(({ method, body }) => jsonResponse(method === 'PUT' ? { ...view, own: body } : view));
    const wrapper = mount(SettingsPage, { attachTo: document.body, global: { plugins: designerPlugins() } });
    await flushPromises();
    // then the override and the inherited values are shown
    expect(wrapper.get<HTMLInputElement>('[data-testid="settings-badReviewFixDays"] input').element.value).toBe('10');
    expect(wrapper.text()).toContain('本级已设置（继承值：15）');
    expect(wrapper.text()).toContain('继承值：综合受理窗口');
    expect(wrapper.get<HTMLInputElement>('[data-testid="settings-supervisionDays"] input').element.placeholder).toBe('5');
    // when setting the window phone and saving
    await wrapper.get('[data-testid="settings-windowPhone"]').setValue('0537-2345678');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    // then the PUT carries just the tenant's own values, nested as Settings is
    const puts = seen.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]?.body).toEqual({ badReviewFixDays: 10, window: { phone: '0537-2345678' } });
  });
});
