import { ADMIN_ROLES } from '@yilian/shared';
import { defineFeature } from '../kernel/feature';
import { chainsRoutes } from './routes';
import zhCN from './i18n/zh-CN';
import en from './i18n/en';

/** 一链主题: its menu page, sub-pages, menu texts and messages. */
export default defineFeature({
  name: 'chains',
  menu: {
    path: '/chains',
    order: 20,
    titleKey: 'adminNav.chains',
    descriptionKey: 'dashboard.cards.chains',
    roles: ADMIN_ROLES,
    component: () => import('./ChainsPage.vue'),
  },
  routes: chainsRoutes,
  messages: {
    'zh-CN': { adminNav: { chains: '一链主题' }, dashboard: { cards: { chains: '合并事项为一张表单、一套材料，计算四减成效，生成办事指南' } }, chains: zhCN },
    en: { adminNav: { chains: 'Chains' }, dashboard: { cards: { chains: 'Merge matters into one form and one set of materials, measure the four reductions, generate the service guide' } }, chains: en },
  },
});
