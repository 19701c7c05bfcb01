import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { defineComponent, h } from 'vue';
import { installAuthGuard, safeRedirect } from './auth-guard';
import { useSessionStore } from '../session/session-store';
import { errorResponse, jsonResponse, stubFetch } from '../testing/fetch-stub';
import { citizenMe } from '../testing/fixtures';

const Page = defineComponent({ render: () => h('div') });

function guardedRouter(): Router {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Page },
      { path: '/login', component: Page, meta: { guestOnly: true } },
      { path: '/forbidden', component: Page },
      { path: '/my-cases', component: Page, meta: { roles: ['citizen', 'company'] } },
      { path: '/workbench', component: Page, meta: { roles: ['window-clerk', 'reviewer', 'supervisor'] } },
      { path: '/profile', component: Page, meta: { requiresAuth: true } },
    ],
  });
  installAuthGuard(router, useSessionStore());
  return router;
}

describe('auth guard', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends an anonymous visitor of a protected page to /login?redirect=…', async () => {
    // given no session
    stubFetch(() => errorResponse(401, 'unauthorized', '请先登录'));
    const router = guardedRouter();
    // when opening my cases with a query
    await router.push('/my-cases?tab=open');
    // then the login page remembers where to return
    expect(router.currentRoute.value.path).toBe('/login');
    expect(router.currentRoute.value.query.redirect).toBe('/my-cases?tab=open');
  });

  it('lets a citizen into my cases but not into the workbench', async () => {
    stubFetch(() => jsonResponse(citizenMe));
    const router = guardedRouter();
    await router.push('/my-cases');
    expect(router.currentRoute.value.path).toBe('/my-cases');
    await router.push('/workbench');
    expect(router.currentRoute.value.path).toBe('/forbidden');
  });

  it('sends a signed-in user away from the login page to the redirect target', async () => {
    stubFetch(() => jsonResponse(citizenMe));
    const router = guardedRouter();
    await router.push('/login?redirect=/profile');
    expect(router.currentRoute.value.path).toBe('/profile');
  });

  it('only accepts redirects inside the app', () => {
    expect(safeRedirect('/my-cases?x=1')).toBe('/my-cases?x=1');
    expect(safeRedirect('//evil.example/')).toBeNull();
    expect(safeRedirect('/\\evil.example')).toBeNull();
    expect(safeRedirect('https://evil.example/')).toBeNull();
    expect(safeRedirect(undefined)).toBeNull();
  });
});
