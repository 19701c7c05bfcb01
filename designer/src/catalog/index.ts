import { ADMIN_ROLES } from '@yilian/shared';
import { defineFeature } from '../kernel/feature';
import { catalogRoutes } from './routes';
import zhCN from './i18n/zh-CN';
import en from './i18n/en';

/** 事项目录: its menu page, sub-pages, menu texts and messages. */
export default defineFeature({
  name: 'catalog',
  menu: {
    path: '/catalog',
    order: 10,
    titleKey: 'adminNav.catalog',
    descriptionKey: 'dashboard.cards.catalog',
    roles: ADMIN_ROLES,
    component: () => import('./CatalogPage.vue'),
  },
  routes: catalogRoutes,
  messages: {
    'zh-CN': { adminNav: { catalog: '事项目录' }, dashboard: { cards: { catalog: '导入、浏览和维护一链办理所依据的政务服务事项' } }, catalog: zhCN },
    en: { adminNav: { catalog: 'Matter catalog' }, dashboard: { cards: { catalog: 'Import, browse and maintain the government service matters chains are built from' } }, catalog: en },
  },
});
