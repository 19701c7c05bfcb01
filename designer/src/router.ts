import { createRouter, createWebHistory, type RouteRecordRaw, type RouteRecordSingleView, type RouterHistory } from 'vue-router';
import { STAFF_ROLES } from '@yilian/shared';
import { StatusPage } from '@yilian/runtime/ui';
import { ADMIN_PAGES } from './nav/admin-pages';
import { catalogRoutes } from './catalog/routes';
import { chainsRoutes } from './chains/routes';

const pageComponents: Record<(typeof ADMIN_PAGES)[number]['name'], RouteRecordSingleView['component']> = {
  catalog: () => import('./catalog/CatalogPage.vue'),
  chains: () => import('./chains/ChainsPage.vue'),
  departments: () => import('./departments/DepartmentsPage.vue'),
  users: () => import('./users/UsersPage.vue'),
  settings: () => import('./settings/SettingsPage.vue'),
  holidays: () => import('./holidays/HolidaysPage.vue'),
  audit: () => import('./audit/AuditPage.vue'),
};

/** The designer's routes (under the `/designer/` base); admin pages take their roles from ADMIN_PAGES. */
export function createDesignerRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const adminRoutes: RouteRecordRaw[] = ADMIN_PAGES.map((page) => ({
    path: page.path,
    name: page.name,
    component: pageComponents[page.name],
    meta: { roles: page.roles, titleKey: page.titleKey },
  }));
  return createRouter({
    history,
    routes: [
      { path: '/', name: 'dashboard', component: () => import('./pages/DashboardPage.vue'), meta: { roles: STAFF_ROLES, titleKey: 'adminNav.dashboard' } },
      { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { guestOnly: true, titleKey: 'login.title' } },
      ...adminRoutes,
      ...catalogRoutes,
      ...chainsRoutes,
      { path: '/forbidden', name: 'forbidden', component: StatusPage, props: { kind: 'forbidden' }, meta: { titleKey: 'forbidden.title' } },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: StatusPage, props: { kind: 'not-found' }, meta: { titleKey: 'notFound.title' } },
    ],
    scrollBehavior: () => ({ top: 0 }),
  });
}
