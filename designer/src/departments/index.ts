import { ADMIN_ROLES } from '@yilian/shared';
import { defineFeature } from '../kernel/feature';
import zhCN from './i18n/zh-CN';
import en from './i18n/en';

/** 部门管理: its menu page, menu texts and messages. */
export default defineFeature({
  name: 'departments',
  menu: {
    path: '/departments',
    order: 30,
    titleKey: 'adminNav.departments',
    descriptionKey: 'dashboard.cards.departments',
    roles: ADMIN_ROLES,
    component: () => import('./DepartmentsPage.vue'),
  },
  messages: {
    'zh-CN': { adminNav: { departments: '部门管理' }, dashboard: { cards: { departments: '维护本租户的审批部门及其编码' } }, departments: zhCN },
    en: { adminNav: { departments: 'Departments' }, dashboard: { cards: { departments: 'The reviewing departments of this tenant and their codes' } }, departments: en },
  },
});
