import { ADMIN_ROLES } from '@yilian/shared';
import { defineFeature } from '../kernel/feature';
import zhCN from './i18n/zh-CN';
import en from './i18n/en';

/** 用户管理: its menu page, menu texts and messages. */
export default defineFeature({
  name: 'users',
  menu: {
    path: '/users',
    order: 40,
    titleKey: 'adminNav.users',
    descriptionKey: 'dashboard.cards.users',
    roles: ADMIN_ROLES,
    component: () => import('./UsersPage.vue'),
  },
  messages: {
    'zh-CN': { adminNav: { users: '用户管理' }, dashboard: { cards: { users: '创建工作人员账号，分配角色和所属部门' } }, users: zhCN },
    en: { adminNav: { users: 'Users' }, dashboard: { cards: { users: 'Staff accounts, their roles and departments' } }, users: en },
  },
});
