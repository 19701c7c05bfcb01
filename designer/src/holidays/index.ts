import { ADMIN_ROLES } from '@yilian/shared';
import { defineFeature } from '../kernel/feature';
import zhCN from './i18n/zh-CN';
import en from './i18n/en';

/** 节假日: its menu page, menu texts and messages. */
export default defineFeature({
  name: 'holidays',
  menu: {
    path: '/holidays',
    order: 60,
    titleKey: 'adminNav.holidays',
    descriptionKey: 'dashboard.cards.holidays',
    roles: ADMIN_ROLES,
    component: () => import('./HolidaysPage.vue'),
  },
  messages: {
    'zh-CN': { adminNav: { holidays: '节假日' }, dashboard: { cards: { holidays: '法定节假日与调休数据，用于计算办理时限' } }, holidays: zhCN },
    en: { adminNav: { holidays: 'Holidays' }, dashboard: { cards: { holidays: 'Public holidays and make-up working days used for time limits' } }, holidays: en },
  },
});
