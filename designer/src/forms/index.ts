/**
 * The form designer: the 表单 tab of the chain composer (registered in composer-tabs.ts). No menu
 * page of its own; this index merges its messages under `forms`.
 */
import { defineFeature } from '../kernel/feature';
import zhCN from './i18n/zh-CN';
import en from './i18n/en';

export default defineFeature({
  name: 'forms',
  messages: { 'zh-CN': { forms: zhCN }, en: { forms: en } },
});
