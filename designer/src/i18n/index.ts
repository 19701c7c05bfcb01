import { mergeMessages, type ExtraMessages, type MessageTree } from '@yilian/runtime/ui';
import { FEATURES } from '../kernel/features';
import zhCN from './zh-CN';
import en from './en';

/** The designer's own catalogs (shell-level pages) merged with every feature's messages. */
export const designerMessagesZhCN: MessageTree = mergeMessages(zhCN, ...FEATURES.map((f) => f.messages['zh-CN']));
export const designerMessagesEn: MessageTree = mergeMessages(en, ...FEATURES.map((f) => f.messages.en));

/** The designer's catalogs, merged into the shell's by installShell. */
export const designerMessages: ExtraMessages = { 'zh-CN': designerMessagesZhCN, en: designerMessagesEn };
