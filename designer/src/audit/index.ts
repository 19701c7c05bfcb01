import { ADMIN_ROLES } from '@yilian/shared';
import { defineFeature } from '../kernel/feature';
import zhCN from './i18n/zh-CN';
import en from './i18n/en';

/** 审计日志: its menu page, menu texts and messages. */
export default defineFeature({
  name: 'audit',
  menu: {
    path: '/audit',
    order: 70,
    titleKey: 'adminNav.audit',
    descriptionKey: 'dashboard.cards.audit',
    roles: [...ADMIN_ROLES, 'supervisor'],
    component: () => import('./AuditPage.vue'),
  },
  messages: {
    'zh-CN': { adminNav: { audit: '审计日志' }, dashboard: { cards: { audit: '查看操作记录，校验日志哈希链是否完整' } }, audit: zhCN },
    en: { adminNav: { audit: 'Audit log' }, dashboard: { cards: { audit: 'What was done by whom; verify the log\'s hash chain' } }, audit: en },
  },
});
