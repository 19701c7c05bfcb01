import { ADMIN_ROLES } from '@yilian/shared';
import { defineFeature } from '../kernel/feature';
import zhCN from './i18n/zh-CN';
import en from './i18n/en';

/** 租户设置: its menu page, menu texts and messages. */
export default defineFeature({
  name: 'settings',
  menu: {
    path: '/settings',
    order: 50,
    titleKey: 'adminNav.settings',
    descriptionKey: 'dashboard.cards.settings',
    roles: ADMIN_ROLES,
    component: () => import('./SettingsPage.vue'),
  },
  messages: {
    'zh-CN': { adminNav: { settings: '租户设置' }, dashboard: { cards: { settings: '预警督办、办理规则和综合窗口信息' } }, settings: zhCN },
    en: { adminNav: { settings: 'Tenant settings' }, dashboard: { cards: { settings: 'Warnings and supervision, processing rules, the service window' } }, settings: en },
  },
});
