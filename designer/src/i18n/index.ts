import { mergeMessages, type ExtraMessages, type MessageTree } from '@yilian/runtime/ui';
import { renderMessages } from '@yilian/runtime/render/messages';
import { FEATURES } from '../kernel/features';
import zhCN from './zh-CN';
import en from './en';

/** The designer's own catalogs (shell-level pages) merged with every feature's messages and the runtime viewers' (previews). */
export const designerMessagesZhCN: MessageTree = mergeMessages(renderMessages['zh-CN'], zhCN, ...FEATURES.map((f) => f.messages['zh-CN']));
export const designerMessagesEn: MessageTree = mergeMessages(renderMessages.en, en, ...FEATURES.map((f) => f.messages.en));

/** The designer's catalogs, merged into the shell's by installShell. */
export const designerMessages: ExtraMessages = { 'zh-CN': designerMessagesZhCN, en: designerMessagesEn };
