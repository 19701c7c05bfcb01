import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { STAFF_ROLES } from '@yilian/shared';
import { StatusPage } from '@yilian/runtime/ui';
import { featureRoutes } from './kernel/features';

/** The designer's routes (under the `/designer/` base): the shell's pages plus every feature's (kernel/features). */
export function createDesignerRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  return createRouter({
    history,
    routes: [
      { path: '/', name: 'dashboard', component: () => import('./pages/DashboardPage.vue'), meta: { roles: STAFF_ROLES, titleKey: 'adminNav.dashboard' } },
      { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { guestOnly: true, titleKey: 'login.title' } },
      ...featureRoutes(),
      { path: '/forbidden', name: 'forbidden', component: StatusPage, props: { kind: 'forbidden' }, meta: { titleKey: 'forbidden.title' } },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: StatusPage, props: { kind: 'not-found' }, meta: { titleKey: 'notFound.title' } },
    ],
    scrollBehavior: () => ({ top: 0 }),
  });
}
