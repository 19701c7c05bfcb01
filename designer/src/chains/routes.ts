import type { RouteRecordRaw } from 'vue-router';
import { ADMIN_ROLES } from '@yilian/shared';

export const chainsReadRoles = ADMIN_ROLES;

/** Sub-pages of the chains feature (the list page itself is registered from ADMIN_PAGES). */
export const chainsRoutes: RouteRecordRaw[] = [
  {
    path: '/chains/:id',
    name: 'chain-composer',
    component: () => import('./composer/ChainComposerPage.vue'),
    meta: { roles: chainsReadRoles, titleKey: 'chains.composer.title' },
  },
  {
    path: '/chains/:id/guide',
    name: 'chain-guide',
    component: () => import('./guide/ChainGuidePage.vue'),
    meta: { roles: chainsReadRoles, titleKey: 'chains.guidePage.title' },
  },
];
