import type { RouteRecordRaw } from 'vue-router';
import { ADMIN_ROLES } from '@yilian/shared';

/** Sub-pages of the catalog feature (the list page itself is registered from ADMIN_PAGES). */
export const catalogRoutes: RouteRecordRaw[] = [];
export const catalogReadRoles = ADMIN_ROLES;
