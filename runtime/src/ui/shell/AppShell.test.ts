import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { h, type Plugin } from 'vue';
import AppShell from './AppShell.vue';
import { useSessionStore } from '../session/session-store';
import { cityAdminMe, citizenMe } from '../testing/fixtures';
import { testPlugins } from '../testing/mount-options';
import { LOCALE_STORAGE_KEY } from '../i18n/locale';
import type { Me } from '../api/types';

async function mountShell(me: Me | null) {
  const { plugins, router } = testPlugins();
  const session = useSessionStore();
  session.me = me;
  session.loaded = true;
  const wrapper = mount(AppShell, {
    global: { plugins: plugins as Plugin[] },
    slots: { default: () => h('p', { 'data-testid': 'page' }, 'content'), nav: () => h('a', { 'data-testid': 'nav-x' }, 'nav') },
  });
  await router.isReady();
  await flushPromises();
  return wrapper;
}

describe('AppShell', () => {
  afterEach(() => {
    localStorage.removeItem(LOCALE_STORAGE_KEY);
  });

  it('shows the product name, the nav and the page', async () => {
    const wrapper = await mountShell(null);
    expect(wrapper.get('[data-testid="brand"]').text()).toContain('一链办理');
    expect(wrapper.find('[data-testid="nav-x"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="page"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="user-menu"]').exists()).toBe(false);
  });

  it('hides the tenant switcher when the user sees a single tenant', async () => {
    const wrapper = await mountShell(citizenMe);
    expect(wrapper.find('[data-testid="tenant-switcher"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="user-menu-role"]').text()).toBe('个人用户');
  });

  it('shows the tenant switcher when the user sees several tenants', async () => {
    const wrapper = await mountShell(cityAdminMe);
    expect(wrapper.find('[data-testid="tenant-switcher"]').exists()).toBe(true);
    expect(wrapper.get('[data-testid="user-menu-name"]').text()).toBe('济宁市管理员');
    expect(wrapper.get('[data-testid="user-menu-role"]').text()).toBe('市级管理员');
  });

  it('switches the language to English and remembers it', async () => {
    // given the default language
    const wrapper = await mountShell(null);
    expect(document.documentElement.lang).toBe('zh-CN');
    // when switching
    await wrapper.get('[data-testid="locale-switch"]').trigger('click');
    // then the UI is English and the choice is stored
    expect(wrapper.get('[data-testid="brand"]').text()).toContain('Yilian');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('opens and closes the collapsed menu', async () => {
    const wrapper = await mountShell(null);
    const toggle = wrapper.get('[data-testid="shell-menu-toggle"]');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(wrapper.get('#yl-shell-panel').classes()).toContain('is-open');
  });
});
