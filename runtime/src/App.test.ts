import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory } from 'vue-router';
import { createPinia } from 'pinia';
import App from './App.vue';
import { createAppRouter } from './router';
import { createAppI18n, installAuthGuard, useSessionStore } from './ui';
import { errorResponse, jsonResponse, stubFetch } from './ui/testing/fetch-stub';
import { citizenMe } from './ui/testing/fixtures';

/** The whole portal app on a memory history, as main.ts assembles it. */
async function mountApp(path: string) {
  const pinia = createPinia();
  const router = createAppRouter(createMemoryHistory());
  const i18n = createAppI18n();
  installAuthGuard(router, useSessionStore(pinia));
  const wrapper = mount(App, { attachTo: document.body, global: { plugins: [pinia, i18n, router] } });
  await router.push(path);
  await flushPromises();
  return { wrapper, router };
}

/** Lazy pages are transformed on their first import, which takes seconds on a busy machine: wait for them that long. */
const LAZY_PAGE = { timeout: 15_000 };

describe('portal app', { timeout: 40_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('sends an anonymous visitor of my cases to login, then back there after signing in', async () => {
    // given no session, and a server that accepts the citizen's password
    let signedIn = false;
    stubFetch(({ url }) => {
      if (url === '/api/auth/login') {
        signedIn = true;
        return jsonResponse(citizenMe);
      }
      return signedIn ? jsonResponse(citizenMe) : errorResponse(401, 'unauthorized', '请先登录');
    });
    const { wrapper, router } = await mountApp('/my-cases');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/login?redirect=/my-cases'), LAZY_PAGE);
    // when signing in
    await vi.waitFor(() => wrapper.get('[data-testid="login-username"]'), LAZY_PAGE);
    await wrapper.get('[data-testid="login-username"]').setValue('citizen.demo');
    await wrapper.get('[data-testid="login-password"]').setValue('yilian-demo');
    await wrapper.get('form').trigger('submit');
    // then the app shows my cases and the signed-in header
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/my-cases'), LAZY_PAGE);
    await vi.waitFor(() => expect(wrapper.find('[data-testid="my-cases-empty"]').exists()).toBe(true), LAZY_PAGE);
    expect(wrapper.get('[data-testid="user-menu-name"]').text()).toBe('张三');
    expect(wrapper.find('[data-testid="nav-my-cases"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="nav-workbench"]').exists()).toBe(false);
  });

  it('shows the portal landing with the empty thematic services list', async () => {
    stubFetch(() => errorResponse(401, 'unauthorized', '请先登录'));
    const { wrapper } = await mountApp('/');
    await vi.waitFor(() => expect(wrapper.get('[data-testid="home-hero"]').text()).toContain('一链办理专区'), LAZY_PAGE);
    await vi.waitFor(() => expect(wrapper.find('[data-testid="themes-empty"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="nav-login"]').exists()).toBe(true);
  });
});
