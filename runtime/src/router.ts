import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { APPLICANT_ROLES, StatusPage, WORKBENCH_ROLES } from './ui';

/** The portal's routes; pages load on demand. */
export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  return createRouter({
    history,
    routes: [
      { path: '/', name: 'home', component: () => import('./pages/HomePage.vue'), meta: { titleKey: 'nav.home' } },
      {
        path: '/login',
        name: 'login',
        component: () => import('./pages/LoginPage.vue'),
        meta: { guestOnly: true, titleKey: 'login.title' },
      },
      {
        path: '/register',
        name: 'register',
        component: () => import('./pages/RegisterPage.vue'),
        meta: { guestOnly: true, titleKey: 'register.title' },
      },
      {
        path: '/my-cases',
        name: 'my-cases',
        component: () => import('./pages/MyCasesPage.vue'),
        meta: { roles: APPLICANT_ROLES, titleKey: 'myCases.title' },
      },
      {
        path: '/workbench',
        name: 'workbench',
        component: () => import('./pages/WorkbenchPage.vue'),
        meta: { roles: WORKBENCH_ROLES, titleKey: 'workbench.title' },
      },
      {
        path: '/chains/:code/guide',
        name: 'chain-guide',
        component: () => import('./pages/GuidePage.vue'),
        meta: { titleKey: 'guide.page.title' },
      },
      {
        path: '/forbidden',
        name: 'forbidden',
        component: StatusPage,
        props: { kind: 'forbidden' },
        meta: { titleKey: 'forbidden.title' },
      },
      {
        path: '/:pathMatch(.*)*',
        name: 'not-found',
        component: StatusPage,
        props: { kind: 'not-found' },
        meta: { titleKey: 'notFound.title' },
      },
    ],
    scrollBehavior: () => ({ top: 0 }),
  });
}
