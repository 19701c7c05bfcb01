import type { ExtraMessages } from '@yilian/runtime/ui';
import zhCN from './zh-CN';
import en from './en';

/** The designer's catalogs, merged into the shell's by installShell. */
export const designerMessages: ExtraMessages = { 'zh-CN': zhCN, en };
export { zhCN as designerMessagesZhCN, en as designerMessagesEn };
