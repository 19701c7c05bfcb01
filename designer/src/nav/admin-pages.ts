import { ADMIN_ROLES, type Role } from '@yilian/shared';

/** One administration page: its route, the roles that see it, and its menu/dashboard texts. */
export interface AdminPage {
  name: 'catalog' | 'chains' | 'departments' | 'users' | 'settings' | 'holidays' | 'audit';
  path: string;
  titleKey: string;
  descriptionKey: string;
  roles: readonly Role[];
}

/** The administration pages in menu order; the router and the menu both read this list. */
export const ADMIN_PAGES: readonly AdminPage[] = [
  { name: 'catalog', path: '/catalog', titleKey: 'adminNav.catalog', descriptionKey: 'dashboard.cards.catalog', roles: ADMIN_ROLES },
  { name: 'chains', path: '/chains', titleKey: 'adminNav.chains', descriptionKey: 'dashboard.cards.chains', roles: ADMIN_ROLES },
  { name: 'departments', path: '/departments', titleKey: 'adminNav.departments', descriptionKey: 'dashboard.cards.departments', roles: ADMIN_ROLES },
  { name: 'users', path: '/users', titleKey: 'adminNav.users', descriptionKey: 'dashboard.cards.users', roles: ADMIN_ROLES },
  { name: 'settings', path: '/settings', titleKey: 'adminNav.settings', descriptionKey: 'dashboard.cards.settings', roles: ADMIN_ROLES },
  { name: 'holidays', path: '/holidays', titleKey: 'adminNav.holidays', descriptionKey: 'dashboard.cards.holidays', roles: ADMIN_ROLES },
  { name: 'audit', path: '/audit', titleKey: 'adminNav.audit', descriptionKey: 'dashboard.cards.audit', roles: [...ADMIN_ROLES, 'supervisor'] },
];

/** Roles that may upload a holiday file (the calendar is the city's). */
export const HOLIDAY_UPLOAD_ROLES: readonly Role[] = ['city-admin'];
