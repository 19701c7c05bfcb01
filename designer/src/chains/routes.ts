import type { RouteRecordRaw } from 'vue-router';
import { ADMIN_ROLES } from '@yilian/shared';

/** Sub-pages of the chains feature (the list page itself is registered from ADMIN_PAGES). */
export const chainsRoutes: RouteRecordRaw[] = [];
export const chainsReadRoles = ADMIN_ROLES;
