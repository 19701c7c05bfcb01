import type { RouteRecordRaw } from 'vue-router';
import { CATALOG_READ_ROLES, CATALOG_WRITE_ROLES } from './catalog-roles';

/** Kept for the feature registration; the catalog's roles live in catalog-roles.ts. */
export const catalogReadRoles = CATALOG_READ_ROLES;

/** Sub-pages of the catalog feature (the list page itself is registered from ADMIN_PAGES). */
export const catalogRoutes: RouteRecordRaw[] = [
  {
    path: '/catalog/import',
    name: 'catalog-import',
    component: () => import('./ImportPage.vue'),
    meta: { roles: CATALOG_WRITE_ROLES, titleKey: 'catalog.import.title' },
  },
  {
    path: '/catalog/checks',
    name: 'catalog-checks',
    component: () => import('./ChecksPage.vue'),
    meta: { roles: CATALOG_READ_ROLES, titleKey: 'catalog.checks.title' },
  },
  {
    path: '/catalog/matters/:code',
    name: 'catalog-matter',
    component: () => import('./MatterPage.vue'),
    props: true,
    meta: { roles: CATALOG_READ_ROLES, titleKey: 'catalog.matter.title' },
  },
];
