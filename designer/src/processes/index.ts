/**
 * The process designer: the 流程 tab of the chain composer (registered in composer-tabs.ts). No menu
 * page of its own; this index merges its messages under `processes`.
 */
import { defineFeature } from '../kernel/feature';
import zhCN from './i18n/zh-CN';
import en from './i18n/en';

export default defineFeature({
  name: 'processes',
  messages: { 'zh-CN': { processes: zhCN }, en: { processes: en } },
});
